package zwfw.kiosk.core.platform;

import java.util.List;

/**
 * The platform's answer to a submitted case; for a DOCUMENT service (§9) it lists the documents to print on the
 * spot (empty otherwise).
 */
public record CaseReceipt(String caseNo, String clientCaseId, String status, String acceptedAt, String dueDate, String queryUrl,
                          List<DocumentRef> documents) {
    public CaseReceipt {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The answer of a CASE service: no documents. */
    public CaseReceipt(String caseNo, String clientCaseId, String status, String acceptedAt, String dueDate, String queryUrl) {
        this(caseNo, clientCaseId, status, acceptedAt, dueDate, queryUrl, List.of());
    }
}
