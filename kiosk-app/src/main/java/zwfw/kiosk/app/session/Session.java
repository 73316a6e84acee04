package zwfw.kiosk.app.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import zwfw.kiosk.core.attachment.CaseAttachments;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Person;

/**
 * Everything one citizen's visit holds: who they are, the service, what they typed, the outcome.
 * Lives only in memory and is wiped when the visit ends (done, "返回首页", or idle timeout), so the
 * next citizen finds nothing of it. {@link #toString()} shows no personal data.
 */
public final class Session {
    private Person applicant;
    private ServiceItem service;
    private final Map<String, String> form = new LinkedHashMap<>();
    private SubmitOutcome outcome;
    private CaseAttachments attachments = new CaseAttachments();
    private boolean wiped;

    public Optional<Person> applicant() {
        return Optional.ofNullable(applicant);
    }

    public void identify(Person person) {
        this.applicant = person;
    }

    public Optional<ServiceItem> service() {
        return Optional.ofNullable(service);
    }

    public void choose(ServiceItem item) {
        this.service = item;
        form.clear();
        attachments.wipe();
        attachments = new CaseAttachments();
    }

    /** The pages captured for the service's attachment fields (the form holds their count). */
    public CaseAttachments attachments() {
        return attachments;
    }

    /** The citizen's answers by field name, as typed. */
    public Map<String, String> form() {
        return form;
    }

    public Optional<SubmitOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public void submitted(SubmitOutcome o) {
        this.outcome = o;
    }

    /** Forgets everything; the object stays usable as an empty session. */
    public void wipe() {
        applicant = null;
        service = null;
        form.replaceAll((k, v) -> "");
        form.clear();
        outcome = null;
        attachments.wipe();
        wiped = true;
    }

    /** True once wiped and nothing was put back since. */
    public boolean isEmpty() {
        return applicant == null && service == null && form.isEmpty() && outcome == null
                && attachments.total() == 0;
    }

    public boolean wasWiped() {
        return wiped;
    }

    @Override
    public String toString() {
        return "Session[identified=" + (applicant != null) + ", service=" + (service == null ? null : service.code())
                + ", fields=" + form.size() + ", pages=" + attachments.total() + "]";
    }
}
