package zwfw.kiosk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's launchers (bin/kiosk for a checkout, the .deb's jpackage options) let G1 retry an allocation that Prism's
 * software pipeline blocks: with the JVM's 2 tries, the soak's kiosk died of OutOfMemoryError at visit ~700 with its
 * heap 90 % free. The JVM that runs the kiosk must accept the options as written (a misspelt diagnostic flag stops it).
 */
class LauncherOptionsTest {
    private static final String OPTIONS = "-XX:+UnlockDiagnosticVMOptions -XX:GCLockerRetryAllocationCount=100";

    @Test
    void bothLaunchersLetTheCollectorRetryAnAllocationThePrismPipelineBlocks() throws Exception {
        assertTrue(Files.readString(Path.of("../bin/kiosk")).contains("KIOSK_GC_OPTS=\"" + OPTIONS + "\""), "bin/kiosk");
        assertTrue(Files.readString(Path.of("../bin/kiosk")).contains("java $KIOSK_GC_OPTS "), "bin/kiosk passes them");
        assertTrue(Files.readString(Path.of("build-deb")).contains("--java-options '" + OPTIONS + " "), "build-deb");
    }

    @Test
    void theJvmAcceptsTheOptionsAndRetriesAHundredTimes() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(OPTIONS.split(" ")));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s*uintx GCLockerRetryAllocationCount\\s+= 100 .*")), "flag in force");
    }
}
