package zwfw.kiosk.drivers.docprinter.ipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.docprinter.A4TestPage;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobProgress;

/**
 * The {@code ipp} driver against CUPS's IPP Everywhere printer simulator with its tray and toner
 * changed through its web forms: an empty tray or toner is refused with its condition and no
 * document reaches the printer; low paper and toner are warnings and the job prints. And a CUPS
 * queue in front of it, which says {@code none} for the empty tray, is corrected by asking the device.
 */
class IppDocumentPrinterEveTest {
    private static IppEvePrinter eve;
    private DocumentPrinter printer;

    @BeforeAll
    static void startPrinter() throws Exception {
        eve = IppEvePrinter.start();
    }

    @AfterAll
    static void stopPrinter() throws Exception {
        if (eve != null) {
            eve.close();
        }
    }

    @BeforeEach
    void fullTrayAndToner() throws Exception {
        eve.setMainTraySheets(250);
        eve.setTonerPercent(75);
    }

    @AfterEach
    void closePrinter() {
        if (printer != null) {
            printer.close();
        }
    }

    private DocumentPrinter open(Map<String, Object> settings) throws Exception {
        Map<String, Object> s = new java.util.HashMap<>(Map.of("pollMillis", 100, "requestTimeoutMillis", 3000));
        s.putAll(settings);
        printer = (DocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry())
                .create(new DeviceConfig("a4", DeviceKind.DOCUMENT_PRINTER, "ipp", s));
        printer.open();
        printer.enable();
        return printer;
    }

    @Test
    void aHealthyPrinterPrintsAndTheJobIsFollowedToCompleted() throws Exception {
        open(Map.of("uri", eve.uri().toString()));
        assertEquals(DeviceState.READY, printer.status().state());
        long before = eve.documentsReceived();
        DocumentPrintResult r = printer.print(A4TestPage.render(2, "a4", "eve"), 1, "test-eve")
                .await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
        assertEquals(before + 1, eve.documentsReceived());
    }

    @Test
    void anEmptyTrayIsRefusedAsPaperOutAndNothingReachesThePrinter() throws Exception {
        open(Map.of("uri", eve.uri().toString()));
        long before = eve.documentsReceived();
        eve.setMainTraySheets(0);
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "empty"), 1, "test-empty").result().get();
        assertEquals(JobOutcome.REFUSED, r.outcome());
        assertEquals(DocumentPrinterCondition.PAPER_OUT, r.refusal().condition(), r.summary());
        assertEquals(before, eve.documentsReceived(), "nothing sent");
        assertEquals("PAPER_OUT", printer.status().condition());
        assertEquals(DeviceState.ERROR, printer.status().state());
    }

    @Test
    void emptyTonerIsRefusedAsTonerOut() throws Exception {
        open(Map.of("uri", eve.uri().toString()));
        eve.setTonerPercent(0);
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "toner"), 1, "test-toner").result().get();
        assertEquals(DocumentPrinterCondition.TONER_OUT, r.refusal().condition(), r.summary());
    }

    @Test
    void lowPaperAndLowTonerAreWarningsAndTheJobStillPrints() throws Exception {
        open(Map.of("uri", eve.uri().toString()));
        eve.setMainTraySheets(5);
        eve.setTonerPercent(3);
        DocumentPrinterStatus s = printer.queryStatus();
        assertEquals(List.of(DocumentPrinterCondition.PAPER_LOW, DocumentPrinterCondition.TONER_LOW), s.conditions(), s.reasons().toString());
        assertEquals(DeviceState.READY, printer.status().state());
        assertEquals("PAPER_LOW", printer.status().condition());
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "low"), 1, "test-low").await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
    }

    @Test
    void aPrinterThatTakesNoCopiesGetsOneJobPerCopyFollowedTogether() throws Exception {
        try (IppEvePrinter single = IppEvePrinter.start(List.of("ATTR rangeOfInteger copies-supported 1-1",
                "ATTR mimeMediaType document-format-supported application/pdf,application/octet-stream"))) {
            open(Map.of("uri", single.uri().toString()));
            assertEquals("1", printer.checkHealth().facts().get("maxCopiesPerJob"));
            long before = single.documentsReceived();
            DocumentPrintResult r = printer.print(A4TestPage.render(2, "a4", "copies"), 3, "test-copies")
                    .await(Duration.ofSeconds(30)).orElseThrow();
            assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
            assertEquals(3, r.jobIds().size());
            assertEquals(6, r.pagesTotal());
            assertEquals(before + 3, single.documentsReceived());
        }
    }

    @Test
    void pagesAreReportedAsThePrinterPrintsThem() throws Exception {
        try (IppEvePrinter slow = IppEvePrinter.reportingPages(3, 400)) {
            open(Map.of("uri", slow.uri().toString()));
            List<JobProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            var job = printer.print(A4TestPage.render(3, "a4", "progress"), 1, "test-progress");
            job.onProgress(seen::add);
            DocumentPrintResult r = job.await(Duration.ofSeconds(30)).orElseThrow();
            assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> !seen.isEmpty() && seen.get(seen.size() - 1).phase() == JobProgress.Phase.ENDED);
            List<Integer> printing = seen.stream().filter(p -> p.phase() == JobProgress.Phase.PRINTING).map(JobProgress::pagesDone).toList();
            assertTrue(printing.stream().anyMatch(n -> n > 0 && n < 3), "pages done while printing: " + seen);
            assertEquals(printing.stream().sorted().toList(), printing, "never backwards");
            assertEquals(3, seen.get(seen.size() - 1).pagesDone());
        }
    }

    @Test
    void aCupsQueueThatSaysNoneForAnEmptyTrayIsCorrectedByAskingItsDevice() throws Exception {
        TestCups.assumeAvailable();
        try (TestCups cups = TestCups.start()) {
            cups.addQueue("EveQueue", eve.uri().toString().replace("127.0.0.1", "localhost"), null);
            String queue = cups.uris("EveQueue").queue().toString();
            eve.setMainTraySheets(0);

            open(Map.of("uri", queue, "deviceUri", "none"));
            assertTrue(printer.queryStatus().canPrint(), "the queue alone does not know the tray is empty");
            printer.close();

            open(Map.of("uri", queue)); // deviceUri: auto, from the queue's device-uri
            DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "queue"), 1, "test-queue").result().get();
            assertEquals(DocumentPrinterCondition.PAPER_OUT, r.refusal().condition(), r.summary());
            assertTrue(printer.checkHealth().facts().get("device").startsWith("ipp://localhost:"));
        }
    }
}
