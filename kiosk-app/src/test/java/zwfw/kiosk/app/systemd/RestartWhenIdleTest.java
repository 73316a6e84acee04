package zwfw.kiosk.app.systemd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import zwfw.kiosk.core.lifecycle.RestartRequest;

/** An update asks the kiosk to restart: it waits for the citizen's visit to end, then restarts once. */
class RestartWhenIdleTest {
    @TempDir
    Path temp;
    private KioskSupervision supervision;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (supervision != null) {
            supervision.close();
        }
    }

    @Test
    void restartsOnlyOnceNoCitizenIsInAVisit() throws Exception {
        AtomicBoolean idle = new AtomicBoolean(false);
        AtomicInteger exits = new AtomicInteger();
        supervision = KioskSupervision.ready(temp, Map.of(), idle::get, Platform::runLater, exits::incrementAndGet);
        new RestartRequest(temp, Instant.EPOCH).request("update to 1.0.1");

        await().during(KioskSupervision.REQUEST_POLL.multipliedBy(2)).atMost(KioskSupervision.REQUEST_POLL.multipliedBy(3))
                .until(() -> exits.get() == 0);
        idle.set(true);
        await().atMost(KioskSupervision.REQUEST_POLL.multipliedBy(3)).until(() -> exits.get() == 1);
        assertFalse(Files.exists(temp.resolve("run/restart-requested")), "the request is taken");
        await().during(KioskSupervision.REQUEST_POLL.multipliedBy(2)).atMost(Duration.ofSeconds(10)).until(() -> exits.get() == 1);
        assertEquals(1, exits.get());
    }
}
