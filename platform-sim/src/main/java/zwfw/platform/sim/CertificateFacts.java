package zwfw.platform.sim;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * What a certificate shows. The holder's name in full (as a real certificate does), the ID number only masked
 * (330304********1234); the contribution record is derived from the masked ID and the issue date, so the same
 * case always renders the same bytes.
 *
 * @param form the case's form as received (purpose, yearFrom, scope…), JSON
 */
record CertificateFacts(CertificateKind kind, String caseNo, String documentId, String fullName, String maskedId,
                        ZonedDateTime issuedAt, String formJson, String verifyUrl) {
    LocalDate issuedOn() {
        return issuedAt.toLocalDate();
    }

    /** A stable seed for the simulated record: the masked identity and the day, never the full ID. */
    long seed() {
        byte[] h = RequestAuthenticator.sha256Hex((maskedId + "|" + issuedOn()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 15).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return Long.parseLong(new String(h, java.nio.charset.StandardCharsets.US_ASCII), 16);
    }
}
