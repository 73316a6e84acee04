package zwfw.kiosk.app.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;

/** Contract §6: the heartbeat tells the platform how often the kiosk restarted since the machine booted. */
class RestartsInHeartbeatTest {
    @TempDir
    Path temp;

    @Test
    void aRestartedKioskReportsOneRestartMoreThanBefore() throws Exception {
        KioskUnderTest first = KioskUnderTest.boot(temp, Map.of());
        Integer before;
        try {
            before = first.app().assembly().heartbeat().report().restarts();
        } finally {
            first.close();
        }
        KioskUnderTest second = KioskUnderTest.boot(temp, Map.of());
        try {
            assertEquals(before + 1, second.app().assembly().heartbeat().report().restarts());
        } finally {
            second.close();
        }
    }
}
