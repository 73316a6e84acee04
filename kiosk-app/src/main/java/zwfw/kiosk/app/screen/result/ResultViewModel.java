package zwfw.kiosk.app.screen.result;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.outbox.SubmitOutcome;

/**
 * The outcome: the case number and due date (delivered), "saved, will be sent when the network is
 * back" (queued), or the platform's refusal; then the receipt: printing, printed, or, when the
 * printer cannot print, the receipt's QR code on the screen. A DOCUMENT case's certificates print beside it on the
 * A4 printer: "正在打印 第 n/m 页" with the job's progress, then "请取走打印的证明", or, when they cannot be printed,
 * the case's queryUrl as the QR code so the citizen gets them on the phone.
 */
public final class ResultViewModel {
    private final Messages messages;
    private final SubmitOutcome outcome;
    private final String qrText;
    private final StringProperty receiptKey = new SimpleStringProperty("result.receipt.printing");
    private final BooleanProperty printing = new SimpleBooleanProperty(true);
    private final BooleanProperty showQr = new SimpleBooleanProperty(false);
    /** The documents' line: empty key when the case has none. */
    private final StringProperty documentKey = new SimpleStringProperty("");
    private final IntegerProperty pagesDone = new SimpleIntegerProperty(0);
    private final IntegerProperty pagesTotal = new SimpleIntegerProperty(0);
    private final DoubleProperty documentProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty documentsPrinting = new SimpleBooleanProperty(false);
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

    /** "正在打印 第 n/m 页", "请取走打印的证明", or why the certificate is offered as a QR code; empty for other cases. */
    public StringBinding document() {
        return messages.compute(() -> "result.document.printing".equals(documentKey.get())
                ? messages.get("result.document.printing", Math.min(pagesDone.get() + 1, pagesTotal.get()), pagesTotal.get())
                : documentKey.get().isEmpty() ? "" : messages.get(documentKey.get()), documentKey, pagesDone, pagesTotal);
    }

    public BooleanProperty documentsPrintingProperty() {
        return documentsPrinting;
    }

    /** The share of the documents' pages printed, for the progress bar. */
    public DoubleProperty documentProgressProperty() {
        return documentProgress;
    }

    /** The case's documents are printing: {@code done} of {@code total} pages (copies included). */
    public void documentsPrinting(int done, int total) {
        pagesTotal.set(total);
        pagesDone.set(done);
        documentProgress.set(total > 0 ? (double) done / total : 0);
        documentsPrinting.set(true);
        documentKey.set("result.document.printing");
    }

    public void documentsPrinted() {
        documentsPrinting.set(false);
        documentProgress.set(1);
        documentKey.set("result.document.printed");
    }

    /** The documents cannot be printed: the QR code (the case's queryUrl) gets them on the phone. */
    public void documentsFailed(String reasonKey) {
        documentsPrinting.set(false);
        documentKey.set(reasonKey);
        showQr.set(true);
    }

    /** Shows the documents' part of the result step. */
    public void documents(zwfw.kiosk.core.visit.Step.Documents d) {
        switch (d.state()) {
            case PRINTING -> documentsPrinting(d.pagesDone(), d.pagesTotal());
            case PRINTED -> documentsPrinted();
            case SHOWN_AS_QR -> documentsFailed(d.problemKey());
            case NONE -> { }
        }
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
