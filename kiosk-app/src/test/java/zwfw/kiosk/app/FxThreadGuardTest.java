package zwfw.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.drivers.io.BlockingCalls;

/** The guard every UI test relies on: a blocking call on the JavaFX thread is reported, elsewhere it is not. */
class FxThreadGuardTest {
    private final List<BlockingCalls.Violation> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopWatching() {
        BlockingCalls.allowEverywhere();
    }

    @Test
    void aDatabaseReadOnTheFxThreadIsReportedAndOneOnAnotherThreadIsNot(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxThreadGuard.report(seen::add);
        try (KioskDatabase db = KioskDatabase.open(dir, List.of())) {
            db.read(c -> 1);
            assertTrue(seen.isEmpty(), "a read on the test thread is allowed");
            WaitForAsyncUtils.asyncFx(() -> db.read(c -> 1)).get();
        }
        assertEquals(1, seen.size());
        assertEquals(BlockingCalls.Kind.DATABASE, seen.get(0).kind());
        assertEquals("JavaFX Application Thread", seen.get(0).thread());
    }
}
