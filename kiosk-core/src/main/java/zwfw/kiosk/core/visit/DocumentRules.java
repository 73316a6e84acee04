package zwfw.kiosk.core.visit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.DocumentRef;
import zwfw.kiosk.core.visit.Step.Receipt;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;

/**
 * The visit's rules for a DOCUMENT case (contract §9): once delivered, its documents are printed on
 * the spot on the A4 printer, with progress, or, when that printer cannot print, the case's queryUrl
 * is shown as a QR code so the citizen fetches the document on the phone. Kept apart from
 * {@link VisitRules}, which calls these where a DOCUMENT case differs.
 */
final class DocumentRules {
    /** The form field that asks how many copies (catalog §5), and the fewest and most a visit prints. */
    static final String COPIES_FIELD = "copies";

    private DocumentRules() {
    }

    /** Whether the answer of {@code service}'s case is documents to print (else a receipt, as for any case). */
    static boolean printsDocuments(ServiceItem service, SubmitOutcome outcome) {
        return service != null && service.deliversDocument() && outcome.state() == SubmitOutcome.State.DELIVERED
                && !outcome.documents().isEmpty();
    }

    /** An A4 printer whose status is READY or BUSY takes a job; any refusing condition makes it ERROR or OFFLINE. */
    static boolean canPrint(DeviceStatus status) {
        return status.state() == DeviceState.READY || status.state() == DeviceState.BUSY;
    }

    /** The case is delivered with documents: print them, or show the queryUrl when the A4 printer cannot. */
    static void submitted(VisitState s, VisitData d, List<VisitEffect> effects, Consumer<VisitState> to) {
        if (!s.documentPrinterReady()) {
            to.accept(s.with(new Step.Result(Receipt.SHOWN_AS_QR, "result.document.printerOut"), d));
            return;
        }
        int copies = copies(d.form());
        int pages = d.outcome().documents().stream().mapToInt(DocumentRef::pages).sum() * copies;
        to.accept(s.with(new Step.Result(Receipt.PRINTING, "", 0, pages), d));
        effects.add(new VisitEffect.PrintDocuments(s.number(), d.outcome(), copies));
    }

    /** Progress and the end of the documents' printing on the result step; false when {@code e} is neither. */
    static boolean result(VisitState s, Step.Result step, VisitEvent e, Consumer<VisitState> to) {
        boolean printingDocuments = step.receipt() == Receipt.PRINTING && step.pagesTotal() > 0;
        if (e instanceof VisitEvent.DocumentProgress p) {
            if (printingDocuments && p.pagesDone() > step.pagesDone()) { // never backwards (a late answer of an earlier poll)
                to.accept(s.at(new Step.Result(Receipt.PRINTING, "", Math.min(p.pagesDone(), step.pagesTotal()), step.pagesTotal())));
            }
            return true;
        }
        if (e instanceof VisitEvent.DocumentsFinished f) {
            if (printingDocuments) {
                to.accept(s.at(f.printed() ? new Step.Result(Receipt.PRINTED, "", step.pagesTotal(), step.pagesTotal())
                        : new Step.Result(Receipt.SHOWN_AS_QR, f.problemKey(), step.pagesDone(), step.pagesTotal())));
            }
            return true;
        }
        return false;
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
