package zwfw.kiosk.app.cli.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.KioskCtl;
import zwfw.kiosk.drivers.printer.emulator.EmulatedPrinter.Condition;
import zwfw.kiosk.drivers.printer.emulator.PtyPrinterEmulator;
import zwfw.kiosk.drivers.printer.emulator.TcpPrinterEmulator;
import zwfw.kiosk.drivers.printer.interpreter.EscPosInterpreter;
import zwfw.kiosk.drivers.printer.interpreter.Printout;

class PrinterCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        /** The JSON line of standard output (log lines may share the stream until logging goes to stderr). */
        JsonNode json() throws Exception {
            String line = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(out));
            return new ObjectMapper().readTree(line);
        }
    }

    /** Runs kioskctl as the launcher does, capturing what it prints. */
    private static synchronized Run kioskctl(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = KioskCtl.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String qrOn(Printout p) throws Exception {
        return new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(p.image()))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))[0].getText();
    }

    @Test
    void testPrintsTheTestPageOverASerialPort() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(dir.resolve("ttyS-printer"), 115200)) {
            Run r = kioskctl("printer", "test", "--port", emu.portPath(), "--baud", "115200", "--profile", "58mm",
                    "--kiosk-id", "KSK-330304-0001");
            assertEquals(0, r.exit(), r.err());
            Printout p = new EscPosInterpreter(384, true).interpret(emu.printer().printedBytes());
            assertEquals("打印测试", p.lines().get(0));
            assertTrue(p.text().contains("58mm"), p.text());
            assertTrue(p.text().contains("KSK-330304-0001"), p.text());
            assertEquals("KIOSK-PRINT-TEST", p.qrCodes().get(0).content(), "native QR on the 58mm profile");
            assertEquals("KIOSK-PRINT-TEST", qrOn(p));
            assertEquals(1, p.cuts());
        }
    }

    @Test
    void testUsesARasterQrWhereTheProfileHasNoNativeQr() throws Exception {
        try (TcpPrinterEmulator emu = TcpPrinterEmulator.start(0)) {
            Run r = kioskctl("printer", "test", "--tcp", emu.hostPort(), "--profile", "simple");
            assertEquals(0, r.exit(), r.err());
            Printout p = new EscPosInterpreter(384, false).interpret(emu.printer().printedBytes());
            assertTrue(p.qrCodes().isEmpty());
            assertEquals("KIOSK-PRINT-TEST", qrOn(p));
        }
    }

    @Test
    void paperOutOrCoverOpenExitsThreeWithTheReasonAndSendsNoPage() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200)) {
            emu.printer().setCondition(Condition.PAPER_OUT);
            Run r = kioskctl("printer", "test", "--port", emu.portPath(), "--baud", "115200", "--profile", "80mm");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("paper out"), r.err());
            emu.printer().setCondition(Condition.COVER_OPEN);
            Run c = kioskctl("printer", "test", "--port", emu.portPath(), "--baud", "115200", "--profile", "80mm");
            assertEquals(3, c.exit());
            assertTrue(c.err().contains("cover open"), c.err());
            assertEquals(0, emu.printer().printedBytes().length);
        }
    }

    @Test
    void statusPrintsTheIssuesJsonShape() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200)) {
            emu.printer().setCondition(Condition.PAPER_NEAR_END);
            Run r = kioskctl("printer", "status", "--port", emu.portPath(), "--baud", "115200", "--json");
            assertEquals(0, r.exit(), r.err());
            JsonNode j = r.json();
            assertEquals("{\"online\":true,\"paper\":\"NEAR_END\",\"coverOpen\":false,\"error\":false}", j.toString());
            emu.printer().setCondition(Condition.COVER_OPEN);
            JsonNode c = kioskctl("printer", "status", "--port", emu.portPath(), "--json").json();
            assertTrue(c.get("coverOpen").asBoolean());
            emu.printer().setCondition(Condition.SILENT);
            JsonNode s = kioskctl("printer", "status", "--port", emu.portPath(), "--status-timeout", "200", "--json").json();
            assertEquals(false, s.get("online").asBoolean());
        }
    }

    @Test
    void statusOverADeviceFile() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200)) {
            Run r = kioskctl("printer", "status", "--device", emu.portPath(), "--json");
            assertEquals(0, r.exit(), r.err());
            assertEquals("OK", r.json().get("paper").asText());
        }
    }

    @Test
    void testToAOneWayDeviceFileNeedsNoStatus() throws Exception {
        Path file = dir.resolve("lp0");
        Files.createFile(file);
        Run refused = kioskctl("printer", "test", "--device", file.toString(), "--profile", "80mm", "--status-timeout", "100");
        assertEquals(3, refused.exit(), "a file cannot answer status: offline");
        assertTrue(refused.err().contains("offline"), refused.err());
        Printout nothing = new EscPosInterpreter(576, true).interpret(Files.readAllBytes(file));
        assertTrue(nothing.lines().isEmpty() && nothing.qrCodes().isEmpty(), "only the unanswered status queries went out");
        assertTrue(nothing.statusQueries() > 0);
        Run r = kioskctl("printer", "test", "--device", file.toString(), "--profile", "80mm", "--no-status");
        assertEquals(0, r.exit(), r.err());
        Printout p = new EscPosInterpreter(576, true).interpret(Files.readAllBytes(file));
        assertEquals("KIOSK-PRINT-TEST", qrOn(p));
    }

    @Test
    void aMissingPortIsAOneLineFailure() {
        Run r = kioskctl("printer", "status", "--port", dir.resolve("nothing").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertTrue(Files.notExists(dir.resolve("nothing")));
    }
}
