package zwfw.kiosk.drivers.printer.escpos;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.printer.PrintRefusal;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.PrinterDeviceStatus;
import zwfw.kiosk.drivers.printer.PrinterDrivers;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.QrDecoding;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.printer.SampleDocuments;
import zwfw.kiosk.drivers.printer.emulator.EmulatedPrinter;
import zwfw.kiosk.drivers.printer.emulator.EmulatedPrinter.Condition;
import zwfw.kiosk.drivers.printer.emulator.PtyPrinterEmulator;
import zwfw.kiosk.drivers.printer.emulator.TcpPrinterEmulator;
import zwfw.kiosk.drivers.printer.interpreter.EscPosInterpreter;
import zwfw.kiosk.drivers.printer.interpreter.Printout;

/** Prints through each real link (pseudo-terminal serial port, TCP socket, device file) and reads the paper back. */
class EscPosPrinterOverTransportsTest {
    private final DeviceRegistry registry = PrinterDrivers.registerAll(new DeviceRegistry());

    @TempDir
    Path dir;

    private ReceiptPrinter printer(Map<String, Object> settings) throws Exception {
        ReceiptPrinter p = (ReceiptPrinter) registry.create(new DeviceConfig("printer", DeviceKind.RECEIPT_PRINTER, "escpos", settings));
        p.open();
        p.enable();
        return p;
    }

    private static Printout paper(byte[] bytes) {
        return new EscPosInterpreter(384, true).interpret(bytes);
    }

    private static void assertSamplePrinted(byte[] bytes) {
        Printout out = paper(bytes);
        assertEquals("打印测试", out.lines().get(0));
        assertTrue(out.lines().contains("价格 ￥12.50"), out.text());
        assertEquals(List.of(SampleDocuments.QR), QrDecoding.decodeAll(out.image()));
        assertEquals(1, out.cuts());
    }

    @Test
    void printsOverASerialPortToAnEmulatorThatAnswersStatus() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(dir.resolve("ttyPRN"), 115200);
             ReceiptPrinter p = printer(Map.of("port", emu.portPath(), "baud", 115200, "profile", "58mm"))) {
            PrintResult r = p.print(SampleDocuments.mixed());
            assertTrue(r.isPrinted(), () -> "refused: " + r.refusal());
            assertEquals(PrinterStatus.READY, r.after());
            assertFalse(r.mayBeIncomplete());
            assertSamplePrinted(emu.printer().printedBytes());
            assertEquals(r.bytesSent(), emu.printer().printedBytes().length);
            assertTrue(emu.printer().statusQueries() >= 8, "status asked before and after the job");
        }
    }

    @Test
    void printsOverTcpToAListenerOnLoopback() throws Exception {
        try (TcpPrinterEmulator emu = TcpPrinterEmulator.start(0);
             ReceiptPrinter p = printer(Map.of("host", "127.0.0.1", "tcpPort", emu.port(), "profile", "58mm"))) {
            PrintResult r = p.print(SampleDocuments.mixed());
            assertTrue(r.isPrinted(), () -> "refused: " + r.refusal());
            assertSamplePrinted(emu.printer().printedBytes());
        }
    }

    @Test
    void printsToAFileLikeAUsbPrinterClassDevice() throws Exception {
        Path file = dir.resolve("lp0");
        try (ReceiptPrinter p = printer(Map.of("device", file.toString(), "profile", "58mm", "statusQueries", false))) {
            PrintResult r = p.print(SampleDocuments.mixed());
            assertTrue(r.isPrinted());
            assertSamplePrinted(Files.readAllBytes(file));
            assertEquals(r.bytesSent(), Files.size(file));
        }
    }

    @Test
    void aCharacterDeviceFileCarriesStatusBothWays() throws Exception {
        // A pseudo-terminal slave is a character device like /dev/usb/lp0: written like a file, read for status.
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             ReceiptPrinter p = printer(Map.of("transport", "usb-lp", "device", emu.portPath(), "profile", "58mm"))) {
            emu.printer().setCondition(Condition.PAPER_NEAR_END);
            PrintResult r = p.print(SampleDocuments.mixed());
            assertTrue(r.isPrinted());
            assertEquals(PrinterStatus.Paper.NEAR_END, r.after().paper());
            assertSamplePrinted(emu.printer().printedBytes());
        }
    }

    @Test
    void paperOutAndCoverOpenRefuseTheJobBeforeAnyByteOfItIsSent() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             ReceiptPrinter p = printer(Map.of("port", emu.portPath(), "baud", 115200, "profile", "80mm"))) {
            emu.printer().setCondition(Condition.PAPER_OUT);
            PrintResult r = p.print(SampleDocuments.mixed());
            assertEquals(PrintRefusal.PAPER_OUT, r.refusal());
            assertEquals(0, emu.printer().printedBytes().length);
            assertEquals(DeviceState.ERROR, p.status().state());
            assertEquals(PrinterDeviceStatus.PAPER_OUT, p.status().condition());

            emu.printer().setCondition(Condition.COVER_OPEN);
            assertEquals(PrintRefusal.COVER_OPEN, p.print(SampleDocuments.mixed()).refusal());
            assertEquals(0, emu.printer().printedBytes().length);

            emu.printer().setCondition(Condition.ERROR);
            assertEquals(PrintRefusal.ERROR, p.print(SampleDocuments.mixed()).refusal());
            assertEquals(0, emu.printer().printedBytes().length);

            emu.printer().setCondition(Condition.READY);
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
            assertEquals(DeviceState.READY, p.status().state());
        }
    }

    @Test
    void paperRunningOutDuringAJobIsReportedRightAfterIt() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             ReceiptPrinter p = printer(Map.of("port", emu.portPath(), "baud", 115200, "profile", "58mm"))) {
            emu.printer().runOutOfPaperAfter(100);
            PrintResult r = p.print(SampleDocuments.mixed());
            assertTrue(r.isPrinted());
            assertTrue(r.mayBeIncomplete());
            assertEquals(PrinterStatus.Paper.OUT, r.after().paper());
            assertEquals(PrinterDeviceStatus.PAPER_OUT, p.status().condition());
            assertEquals(PrintRefusal.PAPER_OUT, p.print(SampleDocuments.mixed()).refusal());
        }
    }

    @Test
    void paperNearEndPrintsAndWarnsStaff() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             ReceiptPrinter p = printer(Map.of("port", emu.portPath(), "baud", 115200, "profile", "58mm"))) {
            emu.printer().setCondition(Condition.PAPER_NEAR_END);
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
            assertEquals(DeviceState.READY, p.status().state());
            assertEquals(PrinterDeviceStatus.PAPER_NEAR_END, p.status().condition());
        }
    }

    @Test
    void aPrinterThatDoesNotAnswerIsOfflineAndGetsNothing() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             ReceiptPrinter p = printer(Map.of("port", emu.portPath(), "baud", 115200, "profile", "58mm",
                     "statusTimeoutMillis", 200))) {
            emu.printer().setCondition(Condition.SILENT);
            PrintResult r = p.print(SampleDocuments.mixed());
            assertEquals(PrintRefusal.OFFLINE, r.refusal());
            assertEquals(DeviceState.OFFLINE, p.status().state());
            assertEquals(0, emu.printer().printedBytes().length);
            emu.printer().setCondition(Condition.READY);
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted(), "rechecked on the next job");
        }
    }

    @Test
    void statusAnswersAreFoundAmongNoiseAndAutomaticStatusFrames() throws Exception {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             ReceiptPrinter p = printer(Map.of("port", emu.portPath(), "baud", 115200, "profile", "58mm"))) {
            emu.printer().setNoisy(true);
            emu.printer().setCondition(Condition.PAPER_NEAR_END);
            assertEquals(new PrinterStatus(true, PrinterStatus.Paper.NEAR_END, false, false), p.queryStatus());
            emu.printer().setCondition(Condition.PAPER_OUT);
            assertEquals(PrinterStatus.Paper.OUT, p.queryStatus().paper());
        }
    }

    @Test
    void anUnpluggedPrinterIsOfflineAndPrintsAgainOncePluggedBackIn() throws Exception {
        Path link = dir.resolve("ttyUSB-printer");
        PtyPrinterEmulator first = PtyPrinterEmulator.start(link, 115200);
        try (ReceiptPrinter p = printer(Map.of("port", link.toString(), "baud", 115200, "profile", "58mm",
                "statusTimeoutMillis", 200))) {
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
            first.close();
            PrintResult r = p.print(SampleDocuments.mixed());
            assertFalse(r.isPrinted());
            assertEquals(PrintRefusal.OFFLINE, r.refusal());
            try (PtyPrinterEmulator second = PtyPrinterEmulator.start(link, 115200)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> p.print(SampleDocuments.mixed()).isPrinted());
                assertSamplePrinted(second.printer().printedBytes());
            }
        }
    }

    @Test
    void aMissingPortLeavesTheDeviceOpenButOffline() throws Exception {
        try (ReceiptPrinter p = printer(Map.of("port", dir.resolve("none").toString(), "profile", "58mm"))) {
            assertEquals(DeviceState.OFFLINE, p.status().state());
            assertEquals(PrintRefusal.OFFLINE, p.print(SampleDocuments.mixed()).refusal());
            assertFalse(p.checkHealth().healthy());
        }
    }
}
