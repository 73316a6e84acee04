package zwfw.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code KIOSK_*} environment variable that nothing reads is refused with one line naming it and the nearest one
 * that would be read, by validation and at start alike: a mistyped override was silently ignored before, and the
 * kiosk ran on the file's value that staff believed replaced.
 */
class MistypedEnvironmentTest {
    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void copyShippedConfigWithASerialIdCardReader() throws IOException {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data")
                .replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml")
                .replace("    driver: simulated       # sam-serial on a real kiosk", "    driver: sam-serial       #")
                .replace("      readDelayMs: 400 ", "      port: /dev/ttyUSB0 ");
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        env.put("PATH", "/usr/bin"); // not the kiosk's: never looked at
    }

    /** The one problem, as validation prints it, after checking that the start refuses with the same line. */
    private String onlyProblem() {
        List<ConfigProblem> problems = TestDrivers.loader(env).validate(dir);
        assertEquals(1, problems.size(), problems.toString());
        InvalidConfigException atStart = assertThrows(InvalidConfigException.class, () -> TestDrivers.loader(env).load(dir));
        assertEquals(problems.toString(), atStart.problems().toString(), "the start applies the same rules");
        return problems.get(0).toString();
    }

    @Test
    void aMistypedDeviceIdIsNamedWithTheDevicesVariable() {
        env.put("KIOSK_DEVICE_IDCRAD_PORT", "/dev/ttyUSB3");
        assertEquals("environment variable KIOSK_DEVICE_IDCRAD_PORT: not read by the kiosk (did you mean KIOSK_DEVICE_IDCARD_PORT?)",
                onlyProblem());
    }

    @Test
    void aMistypedDeviceSettingIsNamedWithTheSettingOfThatDevice() {
        env.put("KIOSK_DEVICE_IDCARD_PROT", "/dev/ttyUSB3");
        assertEquals("environment variable KIOSK_DEVICE_IDCARD_PROT: not read by the kiosk (did you mean KIOSK_DEVICE_IDCARD_PORT?)",
                onlyProblem());
    }

    @Test
    void anUnknownSettingIsNamedWithTheNearestKey() {
        env.put("KIOSK_UI_IDLETIMEOUTSECOND", "90");
        assertEquals("environment variable KIOSK_UI_IDLETIMEOUTSECOND: not read by the kiosk (did you mean KIOSK_UI_IDLETIMEOUTSECONDS?)",
                onlyProblem());
    }

    @Test
    void theVariablesThatAreReadPass() {
        env.put("KIOSK_DEVICE_IDCARD_PORT", "/dev/ttyUSB3");
        env.put("KIOSK_UI_IDLETIMEOUTSECONDS", "90");
        env.put("KIOSK_PLATFORM_SECRET", "from-the-environment-0123");
        // Read by the launch scripts, the systemd unit and the logging, not by the configuration.
        for (String launch : List.of("KIOSK_CONFIG", "KIOSK_JAVA_OPTS", "KIOSK_READY_TIMEOUT", "KIOSK_LOG_LEVEL", "KIOSK_CONSOLE_LOG_LEVEL",
                "KIOSK_BASE", "KIOSK_NOTIFY_SOCKET", "KIOSK_CDS", "KIOSK_CLASSPATH")) {
            env.put(launch, "x");
        }
        assertEquals(List.of(), TestDrivers.loader(env).validate(dir));
    }
}
