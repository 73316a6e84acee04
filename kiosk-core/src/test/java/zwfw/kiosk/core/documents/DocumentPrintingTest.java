package zwfw.kiosk.core.documents;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.CaseReceipt;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.visit.VisitEffect;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.simulated.SimulatedDocumentPrinter;

/** A DOCUMENT case's certificate, fetched from the simulator over HTTP and printed on the simulated A4 printer. */
class DocumentPrintingTest {
    /** The simulator renders a certificate while it answers the case: on a busy machine that takes seconds. */
    static final PlatformTimeouts PATIENT = new PlatformTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60));
    @TempDir
    static Path dir;
    /** One simulator for the class: each test files its own case. */
    static KioskFixture k;
    SimulatedDocumentPrinter printer;
    DocumentPrinting printing;
    final List<VisitEvent> heard = new CopyOnWriteArrayList<>();
    final List<byte[]> fetched = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPlatform() {
        k = new KioskFixture(dir, KioskFixture.SECRET, PATIENT);
    }

    @AfterAll
    static void stopPlatform() {
        k.close();
    }

    @BeforeEach
    void start() throws Exception {
        printer = new SimulatedDocumentPrinter("a4", null, 36);
        printer.open();
        printer.enable();
        printing = new DocumentPrinting(heard::add, ref -> {
            PlatformResult<byte[]> r = k.client.fetchDocument(ref);
            if (r instanceof PlatformResult.Ok<byte[]> ok) {
                fetched.add(ok.value());
            }
            return r;
        }, printer);
    }

    @AfterEach
    void stop() {
        printing.close();
        printer.close();
    }

    SubmitOutcome delivered() {
        CaseReceipt r = k.client.submitCase(KioskFixture.aCase("RS-0001")).value();
        return new SubmitOutcome(r.clientCaseId(), SubmitOutcome.State.DELIVERED, r.caseNo(), r.queryUrl(), r.dueDate(),
                "case.delivered", "", r.documents());
    }

    VisitEvent.DocumentsFinished finished() {
        await().atMost(Duration.ofSeconds(30)).until(() -> heard.stream().anyMatch(VisitEvent.DocumentsFinished.class::isInstance));
        return heard.stream().filter(VisitEvent.DocumentsFinished.class::isInstance).map(VisitEvent.DocumentsFinished.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void theCertificateIsPrintedInTwoCopiesFromOneFetchWithProgressAndItsBytesAreZeroedAfterwards() {
        SubmitOutcome o = delivered();
        int pages = o.documents().get(0).pages();
        printing.accept(new VisitEffect.PrintDocuments(7, o, 2));
        assertEquals(new VisitEvent.DocumentsFinished(7, true, null), finished());
        assertEquals(1, fetched.size(), "one fetch for both copies (the platform allows 3)");
        assertEquals(pages, printer.lastPages().size(), "the last job's pages, first copy");
        List<VisitEvent.DocumentProgress> progress = heard.stream().filter(VisitEvent.DocumentProgress.class::isInstance)
                .map(VisitEvent.DocumentProgress.class::cast).toList();
        assertFalse(progress.isEmpty());
        assertTrue(progress.stream().allMatch(p -> p.visit() == 7 && p.pagesTotal() == 2 * pages));
        assertEquals(2 * pages, progress.get(progress.size() - 1).pagesDone());
        for (byte b : fetched.get(0)) {
            assertEquals(0, b, "the document held in memory is zeroed once printed");
        }
    }

    @Test
    void aPrinterOutOfPaperRefusesBeforeAnythingIsSentAndTheVisitIsToldWhy() {
        printer.setConditions(DocumentPrinterCondition.PAPER_OUT);
        printing.accept(new VisitEffect.PrintDocuments(3, delivered(), 1));
        assertEquals(new VisitEvent.DocumentsFinished(3, false, "result.document.paperOut"), finished());
        assertTrue(printer.lastPages().isEmpty());
    }

    @Test
    void theVisitHearsThePrintersStatusWhenConnectedAndWhenItChanges() {
        printing.connect();
        printer.setConditions(DocumentPrinterCondition.PAPER_OUT);
        // listeners hear of changes on the device's event thread
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.stream().filter(VisitEvent.DeviceChanged.class::isInstance).count() == 2);
        List<VisitEvent.DeviceChanged> changes = heard.stream().filter(VisitEvent.DeviceChanged.class::isInstance)
                .map(VisitEvent.DeviceChanged.class::cast).toList();
        assertTrue(changes.stream().allMatch(c -> c.kind() == DeviceKind.DOCUMENT_PRINTER));
        assertEquals("PAPER_OUT", changes.get(1).status().condition());
    }
}
