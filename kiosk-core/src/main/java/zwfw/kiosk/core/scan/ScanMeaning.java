package zwfw.kiosk.core.scan;

import java.util.Objects;

/**
 * A scan and what it means. Only the fields of its kind are set: {@code caseNo} for
 * {@link ScanKind#CASE_QUERY}; {@code kioskId} and {@code clientCaseId} for {@link ScanKind#LOCAL_CASE};
 * {@code token} for {@link ScanKind#LOGIN_TOKEN}; {@code idNumber} (upper-case X) for
 * {@link ScanKind#ID_NUMBER}. Tokens and ID numbers are secrets or personal data: {@link #toString()}
 * shows the kind and nothing of the text.
 */
public record ScanMeaning(ScanKind kind, String text, String caseNo, String kioskId, String clientCaseId,
                          String token, String idNumber) {

    public ScanMeaning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static ScanMeaning caseQuery(String text, String caseNo) {
        return new ScanMeaning(ScanKind.CASE_QUERY, text, caseNo, null, null, null, null);
    }

    static ScanMeaning localCase(String text, String kioskId, String clientCaseId) {
        return new ScanMeaning(ScanKind.LOCAL_CASE, text, null, kioskId, clientCaseId, null, null);
    }

    static ScanMeaning loginToken(String text, String token) {
        return new ScanMeaning(ScanKind.LOGIN_TOKEN, text, null, null, null, token, null);
    }

    static ScanMeaning idNumber(String text, String idNumber) {
        return new ScanMeaning(ScanKind.ID_NUMBER, text, null, null, null, null, idNumber);
    }

    static ScanMeaning text(String text) {
        return new ScanMeaning(ScanKind.TEXT, text, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "ScanMeaning[" + kind + (caseNo != null ? ", case " + caseNo : "") + "]";
    }
}
