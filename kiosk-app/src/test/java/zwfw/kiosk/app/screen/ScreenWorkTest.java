package zwfw.kiosk.app.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Closing the screens' worker finishes work already handed over instead of dropping it. */
class ScreenWorkTest {

    @Test
    void workQueuedBeforeShutdownStillRuns() throws Exception {
        ScreenWork work = new ScreenWork(Duration.ofSeconds(10));
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        work.execute(() -> {
            busy.countDown();
            await(release);
            done.incrementAndGet();
        });
        busy.await(5, TimeUnit.SECONDS);
        work.execute(done::incrementAndGet); // e.g. an evaluation queued behind a receipt
        Thread closer = new Thread(work::close);
        closer.start();
        release.countDown();
        closer.join(10_000);
        assertEquals(2, done.get(), "both the running and the queued task finished before close returned");
    }

    @Test
    void aTaskThatHangsIsInterruptedAfterTheDrainLimit() throws Exception {
        ScreenWork work = new ScreenWork(Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        work.execute(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            ended.countDown();
        });
        started.await(5, TimeUnit.SECONDS);
        work.close();
        assertTrue(ended.await(5, TimeUnit.SECONDS));
        assertTrue(interrupted.get(), "a hung platform call does not keep the kiosk from stopping");
    }

    @Test
    void workHandedOverAfterCloseIsRefusedQuietly() {
        ScreenWork work = new ScreenWork(Duration.ofSeconds(1));
        work.close();
        AtomicBoolean ran = new AtomicBoolean();
        work.execute(() -> ran.set(true));
        assertTrue(!ran.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
