package zwfw.kiosk.core.outbox;

import java.util.List;
import zwfw.kiosk.core.platform.DocumentRef;
import zwfw.kiosk.core.platform.PlatformError;

/**
 * What the citizen is told after confirming: delivered (with a case number), queued (kept safely,
 * sent later) or rejected (with the platform's reason).
 *
 * @param messageKey a key for the UI's message bundle ({@code case.delivered}, {@code case.queued}, or the error's key)
 * @param message    readable text: the platform's message for a rejection, otherwise a plain sentence
 * @param documents  for a delivered DOCUMENT case, the documents to fetch and print (§9); empty otherwise
 */
public record SubmitOutcome(String clientCaseId, State state, String caseNo, String queryUrl, String dueDate,
                            String messageKey, String message, List<DocumentRef> documents) {
    public SubmitOutcome {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** An outcome with no documents. */
    public SubmitOutcome(String clientCaseId, State state, String caseNo, String queryUrl, String dueDate,
                         String messageKey, String message) {
        this(clientCaseId, state, caseNo, queryUrl, dueDate, messageKey, message, List.of());
    }

    public enum State {
        DELIVERED, QUEUED, REJECTED
    }

    /**
     * Committed and waiting for the platform: what a caller tells the citizen when it stops waiting for
     * the first try, e.g. {@code submitter.submit(c).completeOnTimeout(SubmitOutcome.queued(id), 8, SECONDS)}.
     */
    public static SubmitOutcome queued(String clientCaseId) {
        return queued(clientCaseId, null);
    }

    static SubmitOutcome queued(String clientCaseId, PlatformError error) {
        return new SubmitOutcome(clientCaseId, State.QUEUED, null, null, null, "case.queued",
                "已保存,网络恢复后自动提交" + (error == null ? "" : " (" + error.summary() + ")"));
    }

    /** The outcome of an attempt at a case: its entry after the attempt, and the platform's error if it failed. */
    static SubmitOutcome of(OutboxEntry e, PlatformError error) {
        return switch (e.state()) {
            case DELIVERED -> new SubmitOutcome(e.clientRef(), State.DELIVERED, e.caseNo(), e.queryUrl(), e.dueDate(),
                    "case.delivered", "已提交,办件编号 " + e.caseNo(), e.documents());
            case REJECTED -> new SubmitOutcome(e.clientRef(), State.REJECTED, null, null, null,
                    error == null ? "platform.error.invalid" : error.kind().messageKey(),
                    error == null ? e.lastError() : error.message());
            default -> queued(e.clientRef(), error);
        };
    }
}
