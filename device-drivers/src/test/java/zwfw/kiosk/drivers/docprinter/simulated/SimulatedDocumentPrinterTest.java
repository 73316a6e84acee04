package zwfw.kiosk.drivers.docprinter.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.docprinter.A4TestPage;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobProgress;

/** The demo's A4 printer: pages rendered to PNG with progress per page, conditions set from code refuse jobs. */
class SimulatedDocumentPrinterTest {
    @TempDir
    Path out;
    private SimulatedDocumentPrinter printer;

    @AfterEach
    void close() {
        if (printer != null) {
            printer.close();
        }
    }

    private SimulatedDocumentPrinter open(Map<String, Object> settings) throws DeviceException {
        printer = (SimulatedDocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry())
                .create(new DeviceConfig("a4", DeviceKind.DOCUMENT_PRINTER, "simulated", settings));
        printer.open();
        printer.enable();
        return printer;
    }

    @Test
    void eachPageOfEachCopyIsSavedAsPngWithProgressPerPage() throws Exception {
        open(Map.of("outputDirectory", out.toString(), "dpi", 50));
        List<JobProgress> seen = new CopyOnWriteArrayList<>();
        var job = printer.print(A4TestPage.render(2, "a4", "sim"), 2, "test-sim");
        job.onProgress(seen::add);
        DocumentPrintResult r = job.await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals(JobOutcome.COMPLETED, r.outcome());
        assertEquals(4, r.pagesDone());
        assertEquals(4, printer.lastFiles().size());
        assertEquals(2, printer.lastPages().size());
        var png = ImageIO.read(printer.lastFiles().get(0).toFile());
        assertEquals(Math.round(595 * 50 / 72.0), png.getWidth(), 1);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !seen.isEmpty()
                && seen.get(seen.size() - 1).phase() == JobProgress.Phase.ENDED);
        try (var files = Files.list(out)) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().matches("a4-\\d{8}-\\d{6}-job\\d+-copy\\d-page\\d\\.png")));
        }
    }

    @Test
    void conditionsFromConfigurationAndCodeRefuseJobsBeforePrinting() throws Exception {
        open(Map.of("conditions", "paper_out"));
        assertEquals(DeviceState.ERROR, printer.status().state());
        assertEquals("PAPER_OUT", printer.status().condition());
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "x"), 1, "t").result().get();
        assertEquals(DocumentPrinterCondition.PAPER_OUT, r.refusal().condition());

        printer.setConditions(DocumentPrinterCondition.DOOR_OPEN);
        assertEquals(DocumentPrinterCondition.DOOR_OPEN, printer.print(A4TestPage.render(1, "a4", "x"), 1, "t").result().get()
                .refusal().condition());

        printer.setConditions(DocumentPrinterCondition.PAPER_LOW);
        assertEquals(DeviceState.READY, printer.status().state());
        assertEquals(JobOutcome.COMPLETED, printer.print(A4TestPage.render(1, "a4", "x"), 1, "t")
                .await(Duration.ofSeconds(30)).orElseThrow().outcome());
        assertTrue(printer.lastFiles().isEmpty(), "no output directory: pages stay in memory");
    }

    @Test
    void anUnknownConditionInConfigurationIsOneClearLine() {
        DeviceException e = org.junit.jupiter.api.Assertions.assertThrows(DeviceException.class,
                () -> open(Map.of("conditions", "paper_gone")));
        assertTrue(e.getMessage().contains("setting conditions: unknown condition") && e.getMessage().contains("paper_gone"), e.getMessage());
    }

    /** The kiosk gives its clock (China time by default): the files carry the kiosk's time, not the machine's zone's. */
    @Test
    void pagesAreNamedByTheClockTheKioskGives() throws Exception {
        java.time.Clock kiosks = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T16:30:05Z"), java.time.ZoneId.of("Asia/Shanghai"));
        printer = (SimulatedDocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry(), kiosks)
                .create(new DeviceConfig("a4", DeviceKind.DOCUMENT_PRINTER, "simulated", Map.of("outputDirectory", out.toString(), "dpi", 36)));
        printer.open();
        printer.enable();
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "sim"), 1, "test-sim").await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals(JobOutcome.COMPLETED, r.outcome());
        assertEquals("a4-20261201-003005-job1-copy1-page1.png", printer.lastFiles().get(0).getFileName().toString());
    }

    /** Every page kept as a file grew the data directory by a certificate's pages at each visit, for months. */
    @Test
    void onlyTheNewestPagesStayAsFilesReadableByTheKioskAlone() throws Exception {
        Path dir = out.resolve("printed-a4");
        printer = new SimulatedDocumentPrinter("a4", dir, 36, java.time.Clock.systemDefaultZone(), 3);
        printer.open();
        printer.enable();
        for (int i = 0; i < 3; i++) {
            DocumentPrintResult r = printer.print(A4TestPage.render(2, "a4", "sim"), 1, "test-sim").await(Duration.ofSeconds(30)).orElseThrow();
            assertEquals(JobOutcome.COMPLETED, r.outcome());
        }
        List<Path> left;
        try (var files = Files.list(dir)) {
            left = files.sorted().toList();
        }
        assertEquals(3, left.size(), "three pages kept: " + left);
        assertEquals(List.of("job2-copy1-page2.png", "job3-copy1-page1.png", "job3-copy1-page2.png"),
                left.stream().map(f -> f.getFileName().toString().replaceFirst("^a4-\\d{8}-\\d{6}-", "")).sorted().toList(),
                "the newest pages stay");
        for (Path f : left) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }
}
