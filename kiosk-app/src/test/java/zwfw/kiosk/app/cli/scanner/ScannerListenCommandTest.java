package zwfw.kiosk.app.cli.scanner;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.scanner.emulator.ScannerEmulator;

/** {@code kioskctl scanner listen} on a pseudo-terminal with the scan-engine emulator on the other end. */
class ScannerListenCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachCodeIsPrintedWithItsMeaningAndIdNumbersMasked() throws Exception {
        Path port = dir.resolve("ttyScan");
        try (ScannerEmulator engine = ScannerEmulator.plugIn(port, 9600)) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> ctl.run("scanner", "listen", "--port",
                    port.toString(), "--count", "4", "--timeout", "20", "--json"));
            await().atMost(Duration.ofSeconds(10)).until(() -> ctl.err().contains("listening on"));
            engine.scan("https://platform.example.gov.cn/q/SA20261124000123");
            engine.scan("zwfw://auth?token=abcdefghijklmnop");
            engine.scan("11010519491231002X");
            engine.scan("hello");
            assertEquals(0, exit.get());
            String[] lines = ctl.out().strip().split("\n");
            assertEquals(4, lines.length, ctl.out());
            JsonNode first = JsonOutput.mapper().readTree(lines[0]);
            assertEquals("CASE_QUERY", first.get("kind").asText());
            assertEquals("SA20261124000123", first.get("caseNo").asText());
            assertEquals("https://platform.example.gov.cn/q/SA20261124000123", first.get("text").asText());
            assertEquals("LOGIN_TOKEN", JsonOutput.mapper().readTree(lines[1]).get("kind").asText());
            JsonNode id = JsonOutput.mapper().readTree(lines[2]);
            assertEquals("ID_NUMBER", id.get("kind").asText());
            assertEquals("110105********002X", id.get("text").asText());
            JsonNode text = JsonOutput.mapper().readTree(lines[3]);
            assertEquals("TEXT", text.get("kind").asText());
            assertTrue(!text.has("caseNo"), "caseNo only for CASE_QUERY");
        }
    }

    @Test
    void noCodeWithinTheTimeoutExitsWith2() throws Exception {
        Path port = dir.resolve("ttyQuiet");
        try (ScannerEmulator engine = ScannerEmulator.plugIn(port, 9600)) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(2, ctl.run("scanner", "listen", "--port", engine.portPath(), "--timeout", "1"));
            assertEquals("listen: no code within 1 s", ctl.err().lines().reduce((a, b) -> b).orElse(""));
        }
    }

    @Test
    void aMissingPortExitsWith1AndNamesIt() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(1, ctl.run("scanner", "listen", "--port", dir.resolve("nothing").toString(), "--timeout", "1"));
        assertTrue(ctl.err().contains("does not exist"), ctl.err());
    }
}
