package zwfw.kiosk.app.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskLauncher;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.cli.KioskCtl;

/**
 * A mistyped {@code KIOSK_*} variable in the real environment of {@code kioskctl config validate} and of the kiosk's
 * start: both refuse (status 2) with the same one line naming it and the nearest variable that is read, no stack trace.
 */
class UnreadVariableTest {
    private static final String LINE = "environment variable KIOSK_UI_IDLETIMEOUTSECOND: not read by the kiosk "
            + "(did you mean KIOSK_UI_IDLETIMEOUTSECONDS?)";

    @TempDir
    Path temp;

    @Test
    void validationAndTheStartRefuseAMistypedVariableWithTheSameLine() throws Exception {
        Path config = KioskUnderTest.config(temp, java.util.Map.of()).configDir();
        String validate = refused(KioskCtl.class.getName(), "config", "validate", "--config", config.toString());
        String start = refused(KioskLauncher.class.getName(), "--config", config.toString());
        assertTrue(validate.contains(LINE), validate);
        assertEquals(LINE, start, "the kiosk prints exactly the problem and does not start");
    }

    /** Runs {@code main} in its own JVM with the mistyped variable set; its standard error, after it refused with status 2. */
    private String refused(String main, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        pb.environment().put("KIOSK_UI_IDLETIMEOUTSECOND", "90");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(main + " did not end within 60 s: it did not refuse the configuration");
        }
        String text = Files.readString(err, StandardCharsets.UTF_8).strip();
        assertEquals(2, p.exitValue(), text);
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), text);
        return text;
    }
}
