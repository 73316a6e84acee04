package zwfw.kiosk.core.documents;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.CaseReceipt;
import zwfw.kiosk.core.visit.VisitEffect;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers;
import zwfw.kiosk.drivers.docprinter.ipp.TestCups;

/**
 * A certificate of the simulator (it shows the holder's name) printed by {@link DocumentPrinting} through a real
 * CUPS scheduler (PreserveJobFiles No, a short job history) to cups-pdf: afterwards nothing CUPS keeps (the spool
 * with its c* control files, page_log, the other logs, the cups-pdf log, the output file names) holds the
 * person's name or ID number. Skipped, saying why, where CUPS is not installed or the test is not root.
 */
class CertificateSpoolTest {
    @TempDir
    Path dir;

    @Test
    void afterACertificateJobNothingCupsKeepsHoldsTheNameOrTheIdNumber() throws Exception {
        try (TestCups cups = TestCups.start(); KioskFixture k = new KioskFixture(dir, KioskFixture.SECRET, DocumentPrintingTest.PATIENT)) {
            DocumentPrinter printer = (DocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry()).create(
                    new DeviceConfig("a4", DeviceKind.DOCUMENT_PRINTER, "ipp", Map.of("uri",
                            cups.uris(TestCups.PDF_QUEUE).queue().toString(), "pollMillis", 100, "jobTimeoutSeconds", 60)));
            printer.open();
            printer.enable();
            List<VisitEvent> heard = new CopyOnWriteArrayList<>();
            try (DocumentPrinting printing = new DocumentPrinting(heard::add, k.client::fetchDocument, printer)) {
                CaseReceipt r = k.client.submitCase(KioskFixture.aCase("RS-0001")).value();
                SubmitOutcome o = new SubmitOutcome(r.clientCaseId(), SubmitOutcome.State.DELIVERED, r.caseNo(), r.queryUrl(),
                        r.dueDate(), "case.delivered", "", r.documents());
                printing.accept(new VisitEffect.PrintDocuments(1, o, 1));
                await().atMost(Duration.ofSeconds(90)).until(() -> heard.stream().anyMatch(VisitEvent.DocumentsFinished.class::isInstance));
                assertTrue(heard.contains(new VisitEvent.DocumentsFinished(1, true, null)), heard.toString());
                await().atMost(Duration.ofSeconds(30)).until(() -> !cups.pdfs().isEmpty());
                try (PDDocument printed = Loader.loadPDF(Files.readAllBytes(cups.pdfs().get(0)))) {
                    assertEquals(o.documents().get(0).pages(), printed.getNumberOfPages(), "the certificate came out whole");
                }
            } finally {
                printer.close();
            }

            List<Path> kept = new ArrayList<>();
            try (Stream<Path> spool = Files.walk(cups.spool()); Stream<Path> logs = Files.walk(cups.pageLog().getParent())) {
                Stream.concat(spool, logs).filter(Files::isRegularFile).forEach(kept::add);
            }
            assertTrue(kept.contains(cups.pageLog()) && kept.contains(cups.cupsPdfLog()), "page_log and the cups-pdf log: " + kept);
            assertTrue(kept.stream().anyMatch(p -> p.getFileName().toString().matches("c\\d+")), "the job's control file: " + kept);
            assertFalse(kept.stream().anyMatch(p -> p.getFileName().toString().matches("d\\d+-\\d+")), "no document left in the spool");
            byte[] title = "kiosk-document-1".getBytes(StandardCharsets.UTF_8);
            assertTrue(kept.stream().anyMatch(p -> contains(read(p), title)), "CUPS keeps the job title: a name there would be found");
            for (String secret : List.of(KioskFixture.NAME, KioskFixture.ID_NUMBER)) {
                byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
                for (Path p : kept) {
                    assertFalse(contains(Files.readAllBytes(p), needle), p + " holds a personal detail");
                }
                for (Path out : cups.pdfs()) {
                    assertFalse(out.getFileName().toString().contains(secret), "output file name " + out.getFileName());
                }
            }
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
