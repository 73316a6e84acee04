package zwfw.kiosk.core.platform;

/** The platform's answer to a submitted case. */
public record CaseReceipt(String caseNo, String clientCaseId, String status, String acceptedAt, String dueDate, String queryUrl) {
}
