package zwfw.kiosk.app.cli.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

/** {@code kioskctl devices list} with a pseudo-terminal offered through maintenance.extraPortGlob. pcscd is only asked, never started. */
class DevicesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void configure() throws Exception {
        config = dir.resolve("config");
        Files.createDirectories(config);
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + dir.resolve("data"))
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + dir.resolve("data").resolve("secrets.yaml"))
                .replace("# maintenance:\n#   extraPortGlob: /tmp/kiosk-pty-*", "maintenance:\n  extraPortGlob: " + dir.resolve("pty-*"));
        Files.writeString(config.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), config.resolve("catalog.json"));
    }

    @Test
    void listsAPseudoTerminalThroughTheExtraGlobAndTheConfiguredDevicesWithTheirSettings() throws Exception {
        try (PseudoTerminal printer = PseudoTerminal.open(dir.resolve("pty-printer"))) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(0, ctl.run("devices", "list", "--json", "--config", config.toString()), ctl.err());
            JsonNode out = JSON.readTree(ctl.out());
            JsonNode extra = null;
            for (JsonNode p : out.get("ports")) {
                if (p.get("path").asText().equals(printer.portPath())) {
                    extra = p;
                }
            }
            assertTrue(extra != null, out.toString());
            assertEquals("extra", extra.get("kind").asText());
            assertEquals(printer.slavePath(), extra.get("target").asText());
            assertTrue(out.get("pcscProblem").isNull() || !out.get("pcscProblem").asText().contains("\n"));
            assertFalse(out.get("kioskRunning").asBoolean());
            JsonNode first = out.get("configured").get(0);
            assertFalse(first.get("driver").asText().isEmpty());
            assertTrue(first.get("settings").isObject(), "settings shown while the kiosk is not running");

            CapturedKioskCtl text = new CapturedKioskCtl();
            assertEquals(0, text.run("devices", "list", "--config", config.toString()), text.err());
            assertTrue(text.out().contains(printer.portPath() + "\textra\t→ " + printer.slavePath()), text.out());
            assertTrue(text.out().lines().anyMatch(l -> l.startsWith("PC/SC readers:")), text.out());
        }
    }

    @Test
    void aRelativeExtraGlobIsRefusedByValidateInOneLine() throws Exception {
        Path yaml = config.resolve("kiosk.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("extraPortGlob: " + dir.resolve("pty-*"), "extraPortGlob: tmp/pty-*"));
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("config", "validate", "--config", config.toString()));
        assertTrue(ctl.err().contains("maintenance.extraPortGlob: an absolute path glob"), ctl.err());
    }
}
