package zwfw.kiosk.core.outbox;

import java.time.Instant;
import java.util.List;
import zwfw.kiosk.core.platform.DocumentRef;

/**
 * What staff may see of an outbox entry: no personal data, only metadata and the last error.
 *
 * @param lastError          status, code and field of the last failed attempt (no message text, which may echo input)
 * @param visitEnded         whether the visit that filed this case said it no longer needs its personal data
 * @param personalDataHeld   whether the sealed personal fields are still on disk
 * @param documents          a delivered DOCUMENT case's documents as the platform listed them (metadata, no content)
 */
public record OutboxEntry(long seq, EntryKind kind, String clientRef, String serviceCode, EntryState state,
                          Instant createdAt, int attempts, Instant lastAttemptAt, Instant nextAttemptAt, String lastError,
                          String caseNo, String queryUrl, String acceptedAt, String dueDate, boolean visitEnded,
                          boolean personalDataHeld, List<DocumentRef> documents) {
    public OutboxEntry {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The text of the receipt's QR code (section 8): the platform's queryUrl, or a local reference while queued. */
    public String receiptQrText(String kioskId) {
        if (queryUrl != null) {
            return queryUrl;
        }
        return "zwfw://local-case?kiosk=" + kioskId + "&ref=" + clientRef;
    }
}
