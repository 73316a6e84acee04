package zwfw.kiosk.app.cli.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kioskctl's whole standard error (its own JVM, so log lines count too) is the one-line reason:
 * a device's warning that only repeats it shows with --verbose.
 */
class QuietConsoleTest {
    @TempDir
    Path dir;

    @Test
    void aDeviceWarningShowsOnlyWithVerbose() throws Exception {
        ChildKioskCtl.Result quiet = ChildKioskCtl.run(dir, "256m", "idcard", "read", "--port", "/dev/zero", "--timeout", "1");
        assertEquals(1, quiet.exit(), quiet.err());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        assertTrue(quiet.err().startsWith("read: cannot open serial port /dev/zero"), quiet.err());

        ChildKioskCtl.Result verbose = ChildKioskCtl.run(dir, "256m", "idcard", "read", "--port", "/dev/zero", "--timeout", "1", "--verbose");
        assertTrue(verbose.err().contains("WARN") && verbose.err().contains("PORT_BUSY"), verbose.err());
    }
}
