package zwfw.kiosk.app;

import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk that was closed leaves nothing behind that keeps it alive. Its running animations (the
 * attract clock, the idle countdown, the staff panel's clock) were held by JavaFX's timer for ever:
 * each UI test's whole kiosk stayed in memory, and the suite ran out of heap.
 */
class ClosedKioskIsCollectableTest {

    @Test
    void aClosedKioskIsGarbageCollected(@TempDir Path temp) throws Exception {
        KioskUnderTest kiosk = KioskUnderTest.boot(temp, Map.of());
        WeakReference<KioskApplication> app = new WeakReference<>(kiosk.app());
        kiosk.close();
        kiosk = null;
        // TestFX keeps one primary stage for every test; the next kiosk replaces its scene. Here nothing comes next.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage().setScene(null)).get();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            System.gc();
            return app.get() == null;
        });
    }
}
