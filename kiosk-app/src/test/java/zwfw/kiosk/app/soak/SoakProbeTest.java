package zwfw.kiosk.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The soak counts the kiosk's threads, not the embedded platform simulator's: its pool (16 threads) started
 * fresh after the soak restarted the platform and read as the kiosk's thread growth; a kiosk thread still counts.
 */
class SoakProbeTest {
    @Test
    void thePlatformSimulatorsThreadsAreNotTheKiosksButAKioskThreadCounts() throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        int before = SoakProbe.kioskThreads();
        Thread platform = started(SoakProbe.PLATFORM_THREADS + "-http", end);
        Thread kiosk = started("kiosk-visit-cases", end);
        try {
            assertEquals(before + 1, SoakProbe.kioskThreads());
        } finally {
            end.countDown();
            platform.join();
            kiosk.join();
        }
    }

    private static Thread started(String name, CountDownLatch end) {
        Thread t = new Thread(() -> {
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        t.start();
        return t;
    }
}
