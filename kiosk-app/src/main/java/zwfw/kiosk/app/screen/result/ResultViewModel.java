package zwfw.kiosk.app.screen.result;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.outbox.SubmitOutcome;

/**
 * The outcome: the case number and due date (delivered), "saved, will be sent when the network is
 * back" (queued), or the platform's refusal; then the receipt: printing, printed, or, when the
 * printer cannot print, the receipt's QR code on the screen.
 */
public final class ResultViewModel {
    private final Messages messages;
    private final SubmitOutcome outcome;
    private final String qrText;
    private final StringProperty receiptKey = new SimpleStringProperty("result.receipt.printing");
    private final BooleanProperty printing = new SimpleBooleanProperty(true);
    private final BooleanProperty showQr = new SimpleBooleanProperty(false);
    private final Runnable evaluate;
    private final Runnable finish;

    public ResultViewModel(Messages messages, SubmitOutcome outcome, String qrText, Runnable evaluate, Runnable finish) {
        this.messages = messages;
        this.outcome = outcome;
        this.qrText = qrText;
        this.evaluate = evaluate;
        this.finish = finish;
        if (outcome.state() == SubmitOutcome.State.REJECTED) {
            printing.set(false);
            receiptKey.set("result.receipt.none");
        }
    }

    public StringBinding title() {
        return messages.text(switch (outcome.state()) {
            case DELIVERED -> "result.delivered";
            case QUEUED -> "result.queued";
            case REJECTED -> "result.rejected";
        });
    }

    /** "办件编号：…", or the kiosk's own reference of a case still queued (the thank-you shows it again). */
    public static StringBinding caseLine(Messages messages, SubmitOutcome outcome) {
        return messages.compute(() -> outcome == null ? "" : switch (outcome.state()) {
            case DELIVERED -> messages.get("result.caseNo", outcome.caseNo());
            case QUEUED -> messages.get("result.queued.detail", outcome.clientCaseId());
            case REJECTED -> "";
        });
    }

    public StringBinding detail() {
        return messages.compute(() -> switch (outcome.state()) {
            case DELIVERED -> messages.get("result.caseNo", outcome.caseNo())
                    + (outcome.dueDate() == null ? "" : "\n" + messages.get("result.dueDate", outcome.dueDate()));
            case QUEUED -> messages.get("result.queued.detail", outcome.clientCaseId());
            case REJECTED -> messages.get("result.rejected.detail", outcome.message() == null ? "" : outcome.message());
        });
    }

    public StringBinding receipt() {
        return messages.compute(() -> messages.get(receiptKey.get()), receiptKey);
    }

    public StringBinding evaluateText() {
        return messages.text("result.evaluate");
    }

    public StringBinding finishText() {
        return messages.text("result.finish");
    }

    public BooleanProperty printingProperty() {
        return printing;
    }

    public BooleanProperty showQrProperty() {
        return showQr;
    }

    public String qrText() {
        return qrText;
    }

    public boolean canEvaluate() {
        return outcome.state() != SubmitOutcome.State.REJECTED;
    }

    public void printed() {
        printing.set(false);
        receiptKey.set("result.receipt.printed");
    }

    /** The printer could not print: show the receipt as a QR code to photograph. */
    public void printFailed(String reasonKey) {
        printing.set(false);
        receiptKey.set(reasonKey);
        showQr.set(true);
    }

    public void evaluate() {
        evaluate.run();
    }

    public void finish() {
        finish.run();
    }
}
