package zwfw.kiosk.app.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import zwfw.kiosk.core.attachment.CaseAttachments;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Person;

/**
 * Everything one citizen's visit holds: who they are (for 代办 also the agent who files on the
 * applicant's behalf), the service, what they typed, the outcome.
 * Lives only in memory and is wiped when the visit ends (done, "返回首页", or idle timeout), so the
 * next citizen finds nothing of it. {@link #toString()} shows no personal data.
 */
public final class Session {
    private Person applicant;
    private Person agent;
    private boolean onBehalf;
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

    /** The agent (代办人) of a case filed on the applicant's behalf; empty otherwise. */
    public Optional<Person> agent() {
        return Optional.ofNullable(agent);
    }

    /** Whether the citizen files on someone else's behalf (代办). */
    public boolean onBehalf() {
        return onBehalf;
    }

    /** The citizen files for themself: no agent. */
    public void fileForSelf() {
        onBehalf = false;
        agent = null;
    }

    /**
     * The citizen files on someone's behalf. Whoever identified already (a card put on the reader on
     * the attract screen) is the one standing at the kiosk, so the agent; the applicant comes next.
     */
    public void fileOnBehalf() {
        onBehalf = true;
        if (agent == null && applicant != null) {
            agent = applicant;
            applicant = null;
        }
    }

    public void identifyAgent(Person person) {
        this.agent = person;
    }

    /** Whether {@code person} is the agent already identified (same ID number): one cannot file for oneself as agent. */
    public boolean isAgent(Person person) {
        return agent != null && person != null && agent.idNumber() != null && person.idNumber() != null
                && agent.idNumber().strip().equalsIgnoreCase(person.idNumber().strip());
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
        agent = null;
        onBehalf = false;
        service = null;
        form.replaceAll((k, v) -> "");
        form.clear();
        outcome = null;
        attachments.wipe();
        wiped = true;
    }

    /** True once wiped and nothing was put back since. */
    public boolean isEmpty() {
        return applicant == null && agent == null && !onBehalf && service == null && form.isEmpty() && outcome == null
                && attachments.total() == 0;
    }

    public boolean wasWiped() {
        return wiped;
    }

    @Override
    public String toString() {
        return "Session[identified=" + (applicant != null) + ", agent=" + (agent != null) + ", service=" + (service == null ? null : service.code())
                + ", fields=" + form.size() + ", pages=" + attachments.total() + "]";
    }
}
