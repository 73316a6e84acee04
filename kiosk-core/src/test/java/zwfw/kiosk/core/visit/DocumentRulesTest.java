package zwfw.kiosk.core.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.catalog.Delivery;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.DocumentRef;
import zwfw.kiosk.core.visit.Step.Receipt;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;

/** A DOCUMENT service's visit: its documents printed on the spot with progress, or its queryUrl as a QR code. */
class DocumentRulesTest {
    static final ServiceItem DOCUMENT_SERVICE = new ServiceItem("RS-0001", "人社局", "社保",
            new LocalizedText("个人参保证明打印", "Certificate"), true, false, true, 3, List.of(), Delivery.DOCUMENT);
    static final DocumentRef TWO_PAGES = new DocumentRef("1", new DocumentRef.Title("个人参保证明", "Certificate"), 2,
            "0".repeat(64), "/api/v1/cases/SA20261124000123/documents/1");

    static VisitEvent a4(DeviceState state, String condition) {
        return new VisitEvent.DeviceChanged(DeviceKind.DOCUMENT_PRINTER, DeviceStatus.of(state, condition, ""));
    }

    static SubmitOutcome withDocuments(String clientCaseId) {
        return new SubmitOutcome(clientCaseId, SubmitOutcome.State.DELIVERED, "SA20261124000123", Visits.RECEIPT_CODE, null,
                "case.delivered", "已提交", List.of(TWO_PAGES));
    }

    /** At review of the document service, the A4 printer's status told as {@code a4}. */
    static Visits.Walk atReview(VisitEvent a4, Map<String, String> form) {
        return new Visits.Walk().apply(a4).touch(new Action.Start()).touch(new Action.ChooseService(DOCUMENT_SERVICE))
                .apply(Visits.card(Visits.APPLICANT)).touch(new Action.FormDone(form));
    }

    static Step.Documents docs(Step s) {
        return ((Step.Result) s).documents();
    }

    @Test
    void theDocumentsPrintInTheCopiesAskedForWithProgressBesideTheReceipt() {
        Visits.Walk w = atReview(a4(DeviceState.READY, null), Map.of("purpose", "个人证明", "copies", "2"));
        assertEquals(new Step.Review(false, false), w.state.step());
        w.touch(new Action.Confirm());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), withDocuments(w.clientCaseId())));
        assertEquals(new Step.Result(Receipt.PRINTING, "", new Step.Documents(Receipt.PRINTING, "", 0, 4)), w.state.step(),
                "2 pages × 2 copies");
        assertEquals(List.of(new VisitEffect.PrintDocuments(w.visit(), w.state.data().outcome(), 2)),
                w.effects(VisitEffect.PrintDocuments.class));
        assertEquals(1, w.effects(VisitEffect.PrintReceipt.class).size(), "the receipt: case number, and the queryUrl to fetch again");
        w.apply(new VisitEvent.DocumentProgress(w.visit(), 1, 4));
        assertEquals(new Step.Documents(Receipt.PRINTING, "", 1, 4), docs(w.state.step()));
        w.apply(new VisitEvent.PrintFinished(w.visit(), true, null));
        assertEquals(Receipt.PRINTED, ((Step.Result) w.state.step()).receipt());
        assertEquals(new Step.Documents(Receipt.PRINTING, "", 1, 4), docs(w.state.step()), "the receipt leaves the documents be");
        w.apply(new VisitEvent.DocumentProgress(w.visit(), 0, 4));
        assertEquals(1, docs(w.state.step()).pagesDone(), "progress never goes backwards");
        w.apply(new VisitEvent.DocumentsFinished(w.visit(), true, null));
        assertEquals(new Step.Result(Receipt.PRINTED, "", new Step.Documents(Receipt.PRINTED, "", 4, 4)), w.state.step());
    }

    @Test
    void anA4PrinterThatCannotPrintIsToldAtReviewAndTheCaseShowsItsQueryUrlInstead() {
        Visits.Walk w = atReview(a4(DeviceState.ERROR, "PAPER_OUT"), Map.of("purpose", "个人证明"));
        assertEquals(new Step.Review(false, true), w.state.step(), "said before submitting");
        w.apply(a4(DeviceState.READY, null));
        assertEquals(new Step.Review(false, false), w.state.step(), "paper put back while the citizen reads");
        w.apply(a4(DeviceState.ERROR, "PAPER_OUT")).touch(new Action.Confirm());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), withDocuments(w.clientCaseId())));
        assertEquals(new Step.Documents(Receipt.SHOWN_AS_QR, "result.document.printerOut", 0, 2), docs(w.state.step()));
        assertTrue(w.effects(VisitEffect.PrintDocuments.class).isEmpty(), "nothing fetched or printed");
        assertEquals(Visits.RECEIPT_CODE, VisitEffects.receiptCode(w.state.data().outcome(), "KSK-1"), "the QR is the queryUrl");
    }

    @Test
    void theReceiptPrintersPaperAndTheA4PrinterAreToldApart() {
        Visits.Walk w = atReview(a4(DeviceState.READY, null), Map.of());
        w.apply(Visits.paperOut());
        assertEquals(new Step.Review(true, false), w.state.step());
        Visits.Walk caseService = new Visits.Walk().apply(a4(DeviceState.ERROR, "PAPER_OUT")).touch(new Action.Start())
                .touch(new Action.ChooseService(Visits.SELF_ONLY)).apply(Visits.card(Visits.APPLICANT))
                .touch(new Action.FormDone(Visits.FORM));
        assertEquals(new Step.Review(false, false), caseService.state.step(), "a CASE service prints no document");
    }

    @Test
    void aJobThatFailsShowsTheQueryUrlWithWhy() {
        Visits.Walk w = atReview(a4(DeviceState.READY, null), Map.of()).touch(new Action.Confirm());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), withDocuments(w.clientCaseId())));
        w.apply(new VisitEvent.DocumentsFinished(w.visit(), false, "result.document.paperOut"));
        assertEquals(new Step.Documents(Receipt.SHOWN_AS_QR, "result.document.paperOut", 0, 2), docs(w.state.step()));
    }

    @Test
    void aDocumentCaseQueuedForTheNetworkGetsOnlyTheUsualReceipt() {
        Visits.Walk w = atReview(a4(DeviceState.READY, null), Map.of()).touch(new Action.Confirm());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), SubmitOutcome.queued(w.clientCaseId())));
        assertEquals(new Step.Result(Receipt.PRINTING, ""), w.state.step());
        assertEquals(1, w.effects(VisitEffect.PrintReceipt.class).size());
        assertTrue(w.effects(VisitEffect.PrintDocuments.class).isEmpty());
    }

    @Test
    void answersOfAnEndedVisitPrintNothingIntoTheNext() {
        Visits.Walk w = atReview(a4(DeviceState.READY, null), Map.of()).touch(new Action.Confirm());
        long first = w.visit();
        w.apply(new VisitEvent.CaseAnswered(first, withDocuments(w.clientCaseId()))).touch(new Action.Finish());
        w.touch(new Action.Start());
        VisitState before = w.state;
        w.apply(new VisitEvent.DocumentProgress(first, 2, 2), new VisitEvent.DocumentsFinished(first, true, null));
        assertEquals(before, w.state);
    }

    @Test
    void theDocumentAnswersChangeNothingOnAnyStepThatIsNotPrintingDocuments() {
        VisitRules rules = new VisitRules(false);
        Visits.everyStep().forEach((name, s) -> {
            for (VisitEvent e : List.of(new VisitEvent.DocumentProgress(s.number(), 1, 2),
                    new VisitEvent.DocumentsFinished(s.number(), true, null), new VisitEvent.DocumentsFinished(s.number(), false, "x"))) {
                Transition t = rules.apply(s, e);
                assertEquals(s, t.next(), name + " on " + e);
                assertTrue(t.effects().isEmpty() && t.milestones().isEmpty(), name + " on " + e);
            }
        });
    }

    @Test
    void copiesComeFromTheFormWithinWhatThePrinterTakes() {
        assertEquals(1, DocumentRules.copies(Map.of()));
        assertEquals(3, DocumentRules.copies(Map.of("copies", "3")));
        assertEquals(10, DocumentRules.copies(Map.of("copies", "999")));
        assertEquals(1, DocumentRules.copies(Map.of("copies", "x")));
        assertEquals(1, DocumentRules.copies(Map.of("copies", "0")));
    }
}
