package zwfw.kiosk.core.receipt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a case receipt says, as plain values (fed from the outbox record). A case accepted by the
 * platform has its {@code caseNumber} and the platform's {@code queryUrl} as QR content; a case
 * queued while offline has only the kiosk's {@code localReference} (its client case id) and a
 * {@code zwfw://local-case} QR (platform API §8). A case filed on someone's behalf (代办) also names
 * its agent ({@link #withAgent}); both are null otherwise. {@link #toString()} masks the personal fields.
 */
public record ReceiptFacts(String centreName, String serviceName, String caseNumber, String localReference,
                           String applicantName, String applicantIdNumber, OffsetDateTime submittedAt,
                           LocalDate dueDate, String kioskId, String qrContent, String agentName, String agentIdNumber) {

    public ReceiptFacts {
        Objects.requireNonNull(centreName, "centreName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(kioskId, "kioskId");
        if (caseNumber == null && (localReference == null || localReference.isBlank())) {
            throw new IllegalArgumentException("a receipt needs a case number or, for a queued case, a local reference");
        }
        if (qrContent == null || qrContent.isBlank()) {
            if (caseNumber != null) {
                throw new IllegalArgumentException("an accepted case's receipt needs the platform's queryUrl");
            }
            qrContent = localCaseLink(kioskId, localReference);
        }
    }

    /** A case the platform accepted. */
    public static ReceiptFacts accepted(String centreName, String serviceName, String caseNumber, String applicantName,
                                        String applicantIdNumber, OffsetDateTime submittedAt, LocalDate dueDate,
                                        String kioskId, String queryUrl) {
        return new ReceiptFacts(centreName, serviceName, Objects.requireNonNull(caseNumber, "caseNumber"), null,
                applicantName, applicantIdNumber, submittedAt, dueDate, kioskId, Objects.requireNonNull(queryUrl, "queryUrl"),
                null, null);
    }

    /** A case saved on the kiosk while the platform could not be reached. */
    public static ReceiptFacts queued(String centreName, String serviceName, String clientCaseId, String applicantName,
                                      String applicantIdNumber, OffsetDateTime submittedAt, String kioskId) {
        return new ReceiptFacts(centreName, serviceName, null, Objects.requireNonNull(clientCaseId, "clientCaseId"),
                applicantName, applicantIdNumber, submittedAt, null, kioskId, null, null, null);
    }

    /** The same receipt for a case filed by this agent (代办人) on the applicant's behalf. */
    public ReceiptFacts withAgent(String name, String idNumber) {
        return new ReceiptFacts(centreName, serviceName, caseNumber, localReference, applicantName, applicantIdNumber,
                submittedAt, dueDate, kioskId, qrContent, Objects.requireNonNull(name, "agent name"),
                Objects.requireNonNull(idNumber, "agent idNumber"));
    }

    /** Whether an agent filed the case (代办). */
    public boolean onBehalf() {
        return agentName != null;
    }

    public boolean queued() {
        return caseNumber == null;
    }

    /** {@code zwfw://local-case?kiosk=KIOSK_ID&ref=CLIENT_CASE_ID}. */
    public static String localCaseLink(String kioskId, String clientCaseId) {
        return "zwfw://local-case?kiosk=" + URLEncoder.encode(kioskId, StandardCharsets.UTF_8)
                + "&ref=" + URLEncoder.encode(clientCaseId, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ReceiptFacts[" + (queued() ? "queued ref=" + localReference : "case=" + caseNumber)
                + ", applicant=" + PersonalDataMask.name(applicantName) + ", id=" + PersonalDataMask.idNumber(applicantIdNumber)
                + (onBehalf() ? ", agent=" + PersonalDataMask.name(agentName) + ", agentId=" + PersonalDataMask.idNumber(agentIdNumber) : "")
                + ", kiosk=" + kioskId + "]";
    }
}
