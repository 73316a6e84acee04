package zwfw.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher reports a broken configuration line by line, never with a stack trace. */
class KioskLauncherTest {
    @TempDir
    Path temp;

    @Test
    void aBrokenConfigurationIsReportedAsProblemLinesWithoutAStackTrace() throws Exception {
        Path dir = KioskUnderTest.config(temp, Map.of()).configDir();
        Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(dir.resolve("kiosk.yaml"))
                .replace("idleTimeoutSeconds: 60", "idleTimeoutSeconds: soon"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertNull(KioskLauncher.loadConfig(new String[] {"--config", dir.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8)));
        String out = err.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("ui.idleTimeoutSeconds"), out);
        assertFalse(out.contains("Exception") || out.contains("\tat "), out);
    }

    @Test
    void aGoodConfigurationLoadsFromTheConfigOption() throws Exception {
        Path dir = KioskUnderTest.config(temp, Map.of()).configDir();
        assertNotNull(KioskLauncher.loadConfig(new String[] {"--config=" + dir}, System.err));
    }

    @Test
    void anUnknownArgumentIsRefused() {
        assertThrows(KioskLauncher.BadArguments.class, () -> KioskLauncher.loadConfig(new String[] {"--fullscreen"}, System.err));
    }
}
