package zwfw.kiosk.core.visit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.DocumentRef;
import zwfw.kiosk.core.visit.Step.Documents;
import zwfw.kiosk.core.visit.Step.Receipt;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;

/**
 * The visit's rules for a DOCUMENT case (contract §9): once delivered, its documents are printed on the spot on
 * the A4 printer, with progress, beside the receipt (case number, and the queryUrl to fetch them again on the
 * phone); when the A4 printer cannot print, the review screen says so before submitting and the result shows the
 * case's queryUrl as a QR code instead. Kept apart from {@link VisitRules}, which calls these where a DOCUMENT
 * case differs.
 */
final class DocumentRules {
    /** The form field that asks how many copies (catalog §5). */
    static final String COPIES_FIELD = "copies";

    private DocumentRules() {
    }

    /** An A4 printer whose status is READY or BUSY takes a job; any refusing condition makes it ERROR or OFFLINE. */
    static boolean canPrint(DeviceStatus status) {
        return status.state() == DeviceState.READY || status.state() == DeviceState.BUSY;
    }

    /** At review: whether {@code service} delivers documents that the A4 printer cannot print now. */
    static boolean documentAsQr(VisitState s, ServiceItem service) {
        return service != null && service.deliversDocument() && !s.documentPrinterReady();
    }

    /**
     * The case is answered: for a delivered DOCUMENT case with documents, print them ({@code effects} gets
     * {@link VisitEffect.PrintDocuments}) or, when the A4 printer cannot, offer the queryUrl. Returns the documents'
     * part of the result step ({@link Documents#NONE} for any other case).
     */
    static Documents submitted(VisitState s, VisitData d, List<VisitEffect> effects) {
        SubmitOutcome outcome = d.outcome();
        if (d.service() == null || !d.service().deliversDocument() || outcome.state() != SubmitOutcome.State.DELIVERED
                || outcome.documents().isEmpty()) {
            return Documents.NONE; // a case queued for the network gets its documents nowhere: the receipt's QR leads to them
        }
        int copies = copies(d.form());
        int pages = outcome.documents().stream().mapToInt(DocumentRef::pages).sum() * copies;
        if (!s.documentPrinterReady()) {
            return new Documents(Receipt.SHOWN_AS_QR, "result.document.printerOut", 0, pages);
        }
        effects.add(new VisitEffect.PrintDocuments(s.number(), outcome, copies));
        return new Documents(Receipt.PRINTING, "", 0, pages);
    }

    /** Progress and the end of the documents' printing on the result step; false when {@code e} is neither. */
    static boolean result(VisitState s, Step.Result step, VisitEvent e, Consumer<VisitState> to) {
        Documents docs = step.documents();
        boolean printing = docs.state() == Receipt.PRINTING;
        if (e instanceof VisitEvent.DocumentProgress p) {
            if (printing && p.pagesDone() > docs.pagesDone()) { // never backwards (a late answer of an earlier poll)
                to.accept(s.at(with(step, new Documents(Receipt.PRINTING, "", Math.min(p.pagesDone(), docs.pagesTotal()),
                        docs.pagesTotal()))));
            }
            return true;
        }
        if (e instanceof VisitEvent.DocumentsFinished f) {
            if (printing) {
                to.accept(s.at(with(step, f.printed() ? new Documents(Receipt.PRINTED, "", docs.pagesTotal(), docs.pagesTotal())
                        : new Documents(Receipt.SHOWN_AS_QR, f.problemKey(), docs.pagesDone(), docs.pagesTotal()))));
            }
            return true;
        }
        return false;
    }

    private static Step.Result with(Step.Result step, Documents documents) {
        return new Step.Result(step.receipt(), step.receiptProblemKey(), documents);
    }

    /** The copies the citizen asked for (1 when the form has no such field), within what the printer takes. */
    static int copies(Map<String, String> form) {
        String typed = form.get(COPIES_FIELD);
        if (typed == null || !typed.strip().matches("\\d{1,3}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(typed.strip()), DocumentPrinter.MAX_COPIES));
    }
}
