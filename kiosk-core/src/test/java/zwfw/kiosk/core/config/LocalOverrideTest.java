package zwfw.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made at the kiosk go to the override file in the data directory, over a read-only
 * kiosk.yaml that keeps its comments; validate and load read the same layering.
 */
class LocalOverrideTest {
    @TempDir
    Path dir;
    private Path yaml;
    private String installed;
    private Instant now = Instant.parse("2026-11-29T04:00:00Z");

    @BeforeEach
    void installReadOnly() throws Exception {
        yaml = dir.resolve("kiosk.yaml");
        installed = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data")
                .replace("file: ../.kiosk-data/secrets.yaml", "file: data/secrets.yaml");
        Files.writeString(yaml, installed);
        TestDrivers.loader(Map.of()).load(dir); // the demo's secrets
        yaml.toFile().setWritable(false);
    }

    private LocalOverride override() {
        return new LocalOverride(dir, dir.resolve("data"), TestDrivers.loader(Map.of()), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<String, String> settings(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aValidChangeIsLayeredOverTheInstalledFileWhichStaysAsItWas() throws Exception {
        LocalOverride.Outcome out = override().change("printer", "escpos", settings("transport", "serial", "port", "/dev/ttyUSB7", "baud", "9600"));
        assertTrue(out.applied(), out.problems().toString());
        KioskConfig config = TestDrivers.loader(Map.of()).load(dir);
        assertEquals("escpos", config.device("printer").orElseThrow().driver());
        assertEquals(9600L, config.device("printer").orElseThrow().settings().get("baud"));
        assertEquals(installed, Files.readString(yaml), "kiosk.yaml keeps every comment");
        assertTrue(TestDrivers.loader(Map.of()).validate(dir).isEmpty(), "config validate reads the same layering");
    }

    @Test
    void anInvalidChangeWritesNothingAndSaysWhatValidateSays() throws Exception {
        LocalOverride.Outcome out = override().change("printer", "escpos", settings("transport", "serial", "port", "/dev/ttyUSB7", "baud", "12"));
        assertFalse(out.applied());
        assertEquals(1, out.problems().size(), out.problems().toString());
        String line = out.problems().get(0).toString();
        assertTrue(line.contains("kiosk.override.yaml:") && line.contains("devices[2].settings.baud: "), line);
        assertFalse(Files.exists(dir.resolve("data").resolve(LocalOverride.FILE_NAME)));
    }

    @Test
    void undoPutsThePreviousOverrideBackAndTenDatedBackupsAreKept() throws Exception {
        LocalOverride o = override();
        assertTrue(o.change("printer", "simulated", settings("profile", "58mm")).applied());
        for (int i = 0; i < 12; i++) {
            now = now.plusSeconds(1);
            override().change("printer", "simulated", settings("profile", i % 2 == 0 ? "80mm" : "58mm"));
        }
        assertEquals(LocalOverride.BACKUPS_KEPT, override().backups().size());
        LocalOverride.Outcome last = override().change("printer", "simulated", settings("profile", "tm-t88"));
        override().undo(last.written().orElseThrow());
        assertEquals("58mm", TestDrivers.loader(Map.of()).load(dir).device("printer").orElseThrow().settings().get("profile"));
    }

    @Test
    void aSettingFixedByAnEnvironmentVariableWinsAndIsNamed() throws Exception {
        ConfigLoader loader = TestDrivers.loader(Map.of("KIOSK_DEVICE_PRINTER_PROFILE", "58mm"));
        KioskConfig config = loader.load(dir);
        assertEquals("58mm", config.device("printer").orElseThrow().settings().get("profile"));
        assertEquals(java.util.Set.of("profile"), config.fixedByEnvironment("printer"));
        List<ConfigProblem> bad = TestDrivers.loader(Map.of("KIOSK_DEVICE_PRINTER_PROFILE", "99mm")).validate(dir);
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).toString().startsWith("environment variable KIOSK_DEVICE_PRINTER_PROFILE: devices[2].settings.profile: "), bad.toString());
    }
}
