package zwfw.kiosk.drivers.docprinter.ipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import zwfw.kiosk.drivers.docprinter.DocumentRefusal;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobProgress;

/**
 * The {@code ipp} driver against a real CUPS scheduler printing through cups-pdf: what comes out
 * is a PDF we can read back (text, pages, QR code); a stopped or rejecting queue is refused with
 * its condition and gets no job; the spool keeps no document.
 */
class IppDocumentPrinterCupsTest {
    private static TestCups cups;
    private DocumentPrinter printer;

    @BeforeAll
    static void startCups() throws Exception {
        cups = TestCups.start();
    }

    @AfterAll
    static void stopCups() throws Exception {
        if (cups != null) {
            cups.close();
        }
    }

    @AfterEach
    void closePrinter() {
        if (printer != null) {
            printer.close();
        }
    }

    private DocumentPrinter open(String uri) throws Exception {
        printer = (DocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry()).create(new DeviceConfig("a4",
                DeviceKind.DOCUMENT_PRINTER, "ipp", Map.of("uri", uri, "pollMillis", 100, "requestTimeoutMillis", 3000,
                "jobTimeoutSeconds", 60)));
        printer.open();
        printer.enable();
        return printer;
    }

    private DocumentPrinter openQueue() throws Exception {
        return open(cups.uris(TestCups.PDF_QUEUE).queue().toString());
    }

    @Test
    void twoPagesPrintedThroughCupsPdfComeOutWithTheirTextPageCountAndQrCode() throws Exception {
        openQueue();
        byte[] pdf = A4TestPage.render(2, "a4", "nonce-2p");
        List<JobProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        var job = printer.print(pdf, 1, "test-2p");
        long sentMillis = (System.nanoTime() - start) / 1_000_000;
        job.onProgress(seen::add);
        DocumentPrintResult r = job.await(Duration.ofSeconds(60)).orElseThrow();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[figure] 2-page job (%d bytes) through CUPS + cups-pdf: print() returned after %d ms (PDF check,"
                + " status query, send), completed after %d ms%n", pdf.length, sentMillis, millis);

        assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
        assertEquals(2, r.pagesTotal());
        assertEquals(2, r.pagesDone());
        Path out = output(r);
        PrintedPdf printed = PrintedPdf.read(out);
        assertEquals(2, printed.pages());
        assertTrue(printed.text().contains(A4TestPage.HEADING_EN + " 1/2") && printed.text().contains(A4TestPage.HEADING_EN + " 2/2"),
                printed.text());
        assertEquals(A4TestPage.QR_PREFIX + "nonce-2p", printed.qrOnFirstPage());
        assertTrue(out.getFileName().toString().startsWith("test-2p"), "named after the caller's neutral title: " + out);
        assertEquals(JobProgress.Phase.ENDED, job.progress().phase());
    }

    @Test
    void twoCopiesOfOneDocumentAreOneJobThatCupsCountsAsTwoImpressions() throws Exception {
        openQueue();
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "copies"), 2, "test-copies")
                .await(Duration.ofSeconds(60)).orElseThrow();
        assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
        assertEquals(1, r.jobIds().size(), "CUPS takes copies: one job");
        assertEquals(2, r.pagesTotal());
        // cups-pdf writes one file whatever the copies; the scheduler's page log counts what a printer would print
        String line = Files.readAllLines(cups.pageLog()).stream()
                .filter(l -> l.startsWith(TestCups.PDF_QUEUE + " kiosk " + r.jobIds().get(0) + " ")).findFirst().orElseThrow();
        assertTrue(line.contains(" total 2 "), line);
    }

    @Test
    void noDocumentIsLeftInTheSpoolOnceTheJobEnded() throws Exception {
        openQueue();
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "spool"), 1, "test-spool")
                .await(Duration.ofSeconds(60)).orElseThrow();
        assertEquals(JobOutcome.COMPLETED, r.outcome(), r.summary());
        try (Stream<Path> files = Files.list(cups.spool())) {
            List<String> data = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("d")).toList();
            assertEquals(List.of(), data, "PreserveJobFiles No: no d* document file stays in " + cups.spool());
        }
    }

    @Test
    void aDisabledQueueIsRefusedAsStoppedAndGetsNoJob() throws Exception {
        openQueue();
        cups.admin("cupsdisable", "-r", "maintenance", TestCups.PDF_QUEUE);
        try {
            assertRefusedWithNothingPrinted(DocumentPrinterCondition.STOPPED);
            assertEquals(DeviceState.ERROR, printer.status().state());
            assertEquals("STOPPED", printer.status().condition());
        } finally {
            cups.admin("cupsenable", TestCups.PDF_QUEUE);
        }
        assertTrue(printer.queryStatus().canPrint(), "ready again once enabled");
    }

    @Test
    void aRejectingQueueIsRefusedAsNotAcceptingAndGetsNoJob() throws Exception {
        openQueue();
        cups.admin("cupsreject", TestCups.PDF_QUEUE);
        try {
            assertRefusedWithNothingPrinted(DocumentPrinterCondition.NOT_ACCEPTING);
        } finally {
            cups.admin("cupsaccept", TestCups.PDF_QUEUE);
        }
    }

    @Test
    void aPrinterThatDoesNotAnswerIsOfflineAndRefused() throws Exception {
        open("ipp://127.0.0.1:" + LocalProcesses.freePort() + "/printers/Nobody");
        assertEquals(DeviceState.OFFLINE, printer.status().state());
        DocumentPrintResult r = printer.print(A4TestPage.render(1, "a4", "offline"), 1, "test-offline").result().get();
        assertEquals(DocumentPrinterCondition.OFFLINE, r.refusal().condition());
    }

    @Test
    void aJobThatCannotReachItsDeviceTimesOutAndIsCanceledSoItCannotPrintLater() throws Exception {
        cups.addQueue("Unreachable", "socket://127.0.0.1:" + LocalProcesses.freePort(), null);
        printer = (DocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry()).create(new DeviceConfig("a4",
                DeviceKind.DOCUMENT_PRINTER, "ipp", Map.of("uri", cups.uris("Unreachable").queue().toString(), "pollMillis", 200,
                "jobTimeoutSeconds", 10)));
        printer.open();
        printer.enable();
        var job = printer.print(A4TestPage.render(1, "a4", "timeout"), 1, "test-timeout");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> printer.status().state() == DeviceState.BUSY);
        DocumentPrintResult r = job.await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals(JobOutcome.TIMED_OUT, r.outcome(), r.summary());
        String left = LocalProcesses.run(List.of("lpstat", "-h", cups.address(), "-o", "Unreachable"));
        assertEquals("", left.strip(), "the driver canceled the job: nothing left queued");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> printer.status().state() != DeviceState.BUSY);
    }

    @Test
    void aJobWhoseQueueStopsWhilePrintingEndsStoppedAfterTheGraceAndIsCanceled() throws Exception {
        cups.addQueue("StopsLater", "socket://127.0.0.1:" + LocalProcesses.freePort(), null);
        printer = (DocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry()).create(new DeviceConfig("a4",
                DeviceKind.DOCUMENT_PRINTER, "ipp", Map.of("uri", cups.uris("StopsLater").queue().toString(), "pollMillis", 100,
                "stoppedGraceSeconds", 1)));
        printer.open();
        printer.enable();
        List<JobProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        var job = printer.print(A4TestPage.render(1, "a4", "stops"), 1, "test-stops");
        job.onProgress(seen::add);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> job.progress().phase() == JobProgress.Phase.PRINTING);
        cups.admin("cupsdisable", "-r", "paper jam", "StopsLater");
        DocumentPrintResult r = job.await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals(JobOutcome.STOPPED, r.outcome(), r.summary());
        assertTrue(r.jobReasons().contains("printer-stopped"), "names why: " + r.jobReasons());
        assertTrue(seen.stream().anyMatch(p -> p.phase() == JobProgress.Phase.STOPPED), "progress showed the stop: " + seen);
        assertEquals(DocumentPrinterCondition.STOPPED, r.printer().refusal().orElseThrow());
        String left = LocalProcesses.run(List.of("lpstat", "-h", cups.address(), "-o", "StopsLater"));
        assertEquals("", left.strip(), "the driver canceled the job: it cannot print once the queue is enabled again");
    }

    @Test
    void notAPdfIsRefusedBeforeThePrinterIsAsked() throws Exception {
        openQueue();
        DocumentPrintResult r = printer.print("hello".getBytes(), 1, "test-bad").result().get();
        assertEquals(DocumentRefusal.Kind.BAD_DOCUMENT, r.refusal().kind());
    }

    private void assertRefusedWithNothingPrinted(DocumentPrinterCondition expected) throws Exception {
        long pdfsBefore = cups.pdfs().size();
        String pageLogBefore = Files.exists(cups.pageLog()) ? Files.readString(cups.pageLog()) : "";
        var job = printer.print(A4TestPage.render(1, "a4", "refused"), 1, "test-refused");
        assertTrue(job.result().isDone(), "refused at once, before sending");
        DocumentPrintResult r = job.result().get();
        assertEquals(JobOutcome.REFUSED, r.outcome());
        assertEquals(expected, r.refusal().condition(), r.summary());
        assertTrue(r.jobIds().isEmpty());
        assertEquals(pdfsBefore, cups.pdfs().size(), "nothing printed");
        assertEquals(pageLogBefore, Files.exists(cups.pageLog()) ? Files.readString(cups.pageLog()) : "", "no page logged");
        assertFalse(printer.lastStatus().canPrint());
    }

    private Path output(DocumentPrintResult r) throws Exception {
        String suffix = "-job_" + r.jobIds().get(0) + ".pdf";
        return cups.pdfs().stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no cups-pdf output ending " + suffix + " in " + cups.pdfOut()));
    }
}
