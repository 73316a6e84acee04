package zwfw.kiosk.core.visit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import zwfw.kiosk.core.attachment.CaseAttachments;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Person;

/**
 * Everything one citizen's visit holds: who they are (for 代办 also the agent who files on the
 * applicant's behalf), the service, what they typed, the pages captured, the outcome. Immutable
 * apart from the pages (their bytes are zeroed when the visit ends); a visit's end replaces it by
 * {@link #empty()}, so the next citizen finds nothing of it. {@link #toString()} shows no personal data.
 */
public record VisitData(Person applicant, Person agent, boolean onBehalf, ServiceItem service, Map<String, String> form,
                        CaseAttachments pages, SubmitOutcome outcome) {

    public VisitData {
        form = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    public static VisitData empty() {
        return new VisitData(null, null, false, null, Map.of(), new CaseAttachments(), null);
    }

    /** A visit started by a card: its holder identified. */
    public static VisitData identified(Person person) {
        return empty().withApplicant(person);
    }

    public Optional<Person> applicantPerson() {
        return Optional.ofNullable(applicant);
    }

    public Optional<Person> agentPerson() {
        return Optional.ofNullable(agent);
    }

    public Optional<ServiceItem> chosen() {
        return Optional.ofNullable(service);
    }

    public Optional<SubmitOutcome> submitted() {
        return Optional.ofNullable(outcome);
    }

    public VisitData withApplicant(Person p) {
        return new VisitData(p, agent, onBehalf, service, form, pages, outcome);
    }

    public VisitData withAgent(Person p) {
        return new VisitData(applicant, p, onBehalf, service, form, pages, outcome);
    }

    /** A service chosen: answers start empty, with fresh pages (any earlier pages are the caller's to wipe). */
    public VisitData choosing(ServiceItem s) {
        return new VisitData(applicant, agent, onBehalf, s, Map.of(), new CaseAttachments(), outcome);
    }

    /** The citizen files for themself: no agent. */
    public VisitData forSelf() {
        return new VisitData(applicant, null, false, service, form, pages, outcome);
    }

    /**
     * The citizen files on someone's behalf. Whoever identified already (a card put on the reader
     * before) is the one standing at the kiosk, so the agent; the applicant comes next.
     */
    public VisitData onBehalfOf() {
        if (agent == null && applicant != null) {
            return new VisitData(null, applicant, true, service, form, pages, outcome);
        }
        return new VisitData(applicant, agent, true, service, form, pages, outcome);
    }

    /**
     * The service's phone fields filled with the applicant's phone where the identity carries one (a
     * QR login) and nothing was typed there yet: the citizen need not type it.
     */
    public VisitData withIdentityPhone() {
        if (service == null || applicant == null || applicant.phone() == null || applicant.phone().isBlank()) {
            return this;
        }
        Map<String, String> filled = new LinkedHashMap<>(form);
        for (FormField f : service.form()) {
            if (f.type() == FieldType.PHONE && filled.getOrDefault(f.name(), "").isBlank()) {
                filled.put(f.name(), applicant.phone().strip());
            }
        }
        return filled.equals(form) ? this : withForm(filled);
    }

    public VisitData withForm(Map<String, String> values) {
        return new VisitData(applicant, agent, onBehalf, service, values, pages, outcome);
    }

    public VisitData withOutcome(SubmitOutcome o) {
        return new VisitData(applicant, agent, onBehalf, service, form, pages, o);
    }

    /** Whether {@code person} is the agent already identified (same ID number): one cannot file for oneself as agent. */
    public boolean isAgent(Person person) {
        return agent != null && person != null && agent.idNumber() != null && person.idNumber() != null
                && agent.idNumber().strip().equalsIgnoreCase(person.idNumber().strip());
    }

    /** Nothing held: no person, service, answer, page or outcome. */
    public boolean isEmpty() {
        return applicant == null && agent == null && !onBehalf && service == null && form.isEmpty() && outcome == null
                && pages.total() == 0;
    }

    @Override
    public String toString() {
        return "VisitData[identified=" + (applicant != null) + ", agent=" + (agent != null) + ", service="
                + (service == null ? null : service.code()) + ", fields=" + form.size() + ", pages=" + pages.total()
                + ", outcome=" + (outcome == null ? null : outcome.state()) + "]";
    }
}
