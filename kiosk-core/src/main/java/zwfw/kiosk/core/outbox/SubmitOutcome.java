package zwfw.kiosk.core.outbox;

/**
 * What the citizen is told after confirming: delivered (with a case number), queued (kept safely,
 * sent later) or rejected (with the platform's reason).
 *
 * @param messageKey a key for the UI's message bundle ({@code case.delivered}, {@code case.queued}, or the error's key)
 * @param message    readable text: the platform's message for a rejection, otherwise a plain sentence
 */
public record SubmitOutcome(String clientCaseId, State state, String caseNo, String queryUrl, String dueDate,
                            String messageKey, String message) {
    public enum State {
        DELIVERED, QUEUED, REJECTED
    }
}
