package zwfw.kiosk.core.platform;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /api/v1/cases}. {@link #toString()} shows no personal data. */
public record CaseSubmission(String clientCaseId, String serviceCode, String kioskId, String channel, String submittedAt,
                             Person applicant, Person agent, Map<String, Object> form, List<Attachment> attachments) {
    public static final String KIOSK_CHANNEL = "KIOSK_24H";

    public CaseSubmission {
        form = form == null ? Map.of() : form;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    @Override
    public String toString() {
        return "CaseSubmission[clientCaseId=" + clientCaseId + ", serviceCode=" + serviceCode + ", applicant=" + applicant
                + ", agent=" + agent + ", formFields=" + form.keySet() + ", attachments=" + attachments.size() + "]";
    }
}
