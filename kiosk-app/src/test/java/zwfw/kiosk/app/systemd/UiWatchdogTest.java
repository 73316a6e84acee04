package zwfw.kiosk.app.systemd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The kiosk as systemd sees it, on the real JavaFX thread: READY, then WATCHDOG again and again,
 * none while the JavaFX thread is blocked (so systemd would restart it), and WATCHDOG again
 * once the thread answers.
 */
class UiWatchdogTest {
    private static final Duration PERIOD = Duration.ofMillis(100);

    @TempDir
    Path temp;
    private final CountDownLatch unblock = new CountDownLatch(1);
    private KioskSupervision supervision;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void release() {
        unblock.countDown();
        if (supervision != null) {
            supervision.close();
        }
    }

    @Test
    void readyThenWatchdogOnlyWhileTheJavaFxThreadAnswers() throws Exception {
        try (NotifySocket systemd = NotifySocket.in(temp)) {
            // WATCHDOG_USEC of 300 ms: a check every 100 ms.
            Map<String, String> env = Map.of("NOTIFY_SOCKET", systemd.name(), "WATCHDOG_USEC", Long.toString(PERIOD.toNanos() * 3 / 1000));
            supervision = KioskSupervision.ready(temp, env, () -> true, Platform::runLater, () -> { });

            await().atMost(Duration.ofSeconds(5)).until(() -> systemd.messages().size() >= 4);
            assertTrue(systemd.messages().get(0).startsWith("READY=1\n"), systemd.messages().toString());
            assertTrue(systemd.messages().subList(1, 4).stream().allMatch("WATCHDOG=1"::equals), systemd.messages().toString());

            CountDownLatch blocked = new CountDownLatch(1);
            Platform.runLater(() -> {
                blocked.countDown();
                try {
                    unblock.await(30, TimeUnit.SECONDS); // the test's own deliberate freeze of the UI thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(blocked.await(5, TimeUnit.SECONDS));
            // The probe answered just before the freeze may still be reported once; then silence,
            // where a live thread would have given ten more in this second.
            long atFreeze = systemd.count("WATCHDOG=1");
            await().during(PERIOD.multipliedBy(10)).atMost(PERIOD.multipliedBy(15))
                    .until(() -> systemd.count("WATCHDOG=1") <= atFreeze + 1);
            long whileBlocked = systemd.count("WATCHDOG=1");

            unblock.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> systemd.count("WATCHDOG=1") >= whileBlocked + 2);
        }
    }

    @Test
    void writesTheReadyFileWithItsProcessIdForTheStartScript() throws Exception {
        supervision = KioskSupervision.ready(temp, Map.of(), () -> true, Platform::runLater, () -> { });
        assertTrue(java.nio.file.Files.readString(temp.resolve("run/ready")).equals(Long.toString(ProcessHandle.current().pid())));
    }
}
