package zwfw.kiosk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The kiosk's unit as systemd reads it: systemd-analyze verify says nothing (it exits 0 on some bad values, so the output counts). */
class SystemdUnitTest {
    private static final Path UNIT = Path.of("systemd/zwfw-kiosk.service");

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void systemdAnalyzeFindsNothingToSayAboutTheUnit() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze not installed (Debian package systemd)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xinit")) && Files.isExecutable(Path.of("/usr/bin/chvt")),
                "the unit's programs are not installed here (Debian packages xinit, kbd): verify would only report them missing");
        // The package's own programs from this checkout, so verify finds them without an installation.
        Path unit = temp.resolve("zwfw-kiosk.service");
        Files.writeString(unit, Files.readString(UNIT).replace("/usr/lib/zwfw-kiosk/", Path.of("bin").toAbsolutePath() + "/"));
        Process p = new ProcessBuilder("systemd-analyze", "verify", unit.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "systemd-analyze did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("", out.trim(), "systemd-analyze verify output");
        assertEquals(0, p.exitValue());
    }

    @Test
    void theUnitIsANotifyServiceWithAWatchdogThatAlwaysRestarts() throws Exception {
        List<String> lines = Files.readAllLines(UNIT);
        for (String expected : List.of("Type=notify", "NotifyAccess=all", "Restart=always", "User=kiosk")) {
            assertTrue(lines.contains(expected), expected);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("WatchdogSec=\\d+")), "WatchdogSec");
    }
}
