package zwfw.kiosk.drivers.printer.simulated;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.printer.PrintRefusal;
import zwfw.kiosk.drivers.printer.PrinterDeviceStatus;
import zwfw.kiosk.drivers.printer.PrinterDrivers;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.QrDecoding;
import zwfw.kiosk.drivers.printer.SampleDocuments;
import zwfw.kiosk.drivers.printer.interpreter.Printout;

class SimulatedPrinterTest {

    @TempDir
    Path dir;

    private SimulatedPrinter printer() throws Exception {
        SimulatedPrinter p = (SimulatedPrinter) PrinterDrivers.registerAll(new DeviceRegistry()).create(new DeviceConfig(
                "printer", DeviceKind.RECEIPT_PRINTER, "simulated", Map.of("profile", "80mm", "outputDirectory", dir.toString())));
        p.open();
        p.enable();
        return p;
    }

    @Test
    void eachJobIsRenderedSavedAsPngAndKeptForTheScreen() throws Exception {
        try (SimulatedPrinter p = printer()) {
            AtomicReference<Printout> heard = new AtomicReference<>();
            p.addPrintListener(heard::set);
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
            Path png = p.lastImageFile().orElseThrow();
            BufferedImage saved = ImageIO.read(png.toFile());
            assertEquals(576, saved.getWidth());
            assertEquals(List.of(SampleDocuments.QR), QrDecoding.decodeAll(saved));
            assertEquals("打印测试", p.lastPrintout().orElseThrow().lines().get(0));
            await().until(() -> heard.get() != null);
            assertEquals(1, Files.list(dir).count());
        }
    }

    /** A kiosk left running on the simulated printer kept every receipt as a file: the soak saw its data grow ~16 KB a visit. */
    @Test
    void onlyTheNewestPrintoutsAreKeptAsFiles() throws Exception {
        try (SimulatedPrinter p = new SimulatedPrinter("printer", zwfw.kiosk.drivers.printer.profile.PrinterProfiles.require("80mm"), dir,
                java.time.Clock.systemDefaultZone(), 3)) {
            p.open();
            p.enable();
            List<Path> saved = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
                saved.add(p.lastImageFile().orElseThrow());
            }
            try (var files = Files.list(dir)) {
                assertEquals(java.util.Set.copyOf(saved.subList(2, 5)), files.collect(java.util.stream.Collectors.toSet()),
                        "the three newest stay, the two oldest are gone");
            }
        }
    }

    /** The kiosk gives its clock (China time by default): the files carry the kiosk's time, not the machine's zone's. */
    @Test
    void printoutsAreNamedByTheClockTheKioskGives() throws Exception {
        java.time.Clock kiosks = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T16:30:05Z"), java.time.ZoneId.of("Asia/Shanghai"));
        try (SimulatedPrinter p = (SimulatedPrinter) PrinterDrivers.registerAll(new DeviceRegistry(), kiosks).create(new DeviceConfig(
                "printer", DeviceKind.RECEIPT_PRINTER, "simulated", Map.of("profile", "80mm", "outputDirectory", dir.toString())))) {
            p.open();
            p.enable();
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
            assertEquals("receipt-20261201-003005-1.png", p.lastImageFile().orElseThrow().getFileName().toString());
        }
    }

    @Test
    void paperCanBeRunOutForTheDemoAndRefusesJobs() throws Exception {
        try (SimulatedPrinter p = printer()) {
            p.setPaper(PrinterStatus.Paper.NEAR_END);
            assertEquals(PrinterDeviceStatus.PAPER_NEAR_END, p.status().condition());
            assertTrue(p.print(SampleDocuments.mixed()).isPrinted());
            p.setPaper(PrinterStatus.Paper.OUT);
            assertEquals(PrintRefusal.PAPER_OUT, p.print(SampleDocuments.mixed()).refusal());
            p.setCoverOpen(true);
            assertEquals(PrintRefusal.COVER_OPEN, p.print(SampleDocuments.mixed()).refusal());
            assertEquals(1, Files.list(dir).count(), "refused jobs leave no printout");
        }
    }
}
