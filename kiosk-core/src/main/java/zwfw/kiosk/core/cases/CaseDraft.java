package zwfw.kiosk.core.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.form.FormCheck;
import zwfw.kiosk.core.form.FormValidator;
import zwfw.kiosk.core.form.FieldProblem;
import zwfw.kiosk.core.form.PersonFields;
import zwfw.kiosk.core.platform.Attachment;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.idcard.card.IdCard;

/**
 * One case before it is committed: the one place that decides its client case id (fixed when the
 * draft is made, so a retry never makes a second case), its submission time (the contract's
 * ISO-8601 with offset, seconds, in the kiosk's configured zone), what its form values become
 * (checked by {@link FormValidator} against the service's schema) and how a person is written.
 * The screen's visit and {@code kioskctl case submit} both build their case here.
 * {@link #toString()} shows no personal data.
 */
public final class CaseDraft {
    /** {@code 2026-11-24T09:30:00+08:00}: what the contract shows; {@code xxx} writes {@code +00:00}, never {@code Z}. */
    public static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final String clientCaseId;
    private final String serviceCode;
    private final List<FormField> schema;
    private final Person applicant;
    private final Person agent;
    private final Map<String, Object> answers;
    private final List<Attachment> attachments;

    private CaseDraft(String serviceCode, List<FormField> schema, Person applicant, Person agent, Map<String, Object> answers,
                      List<Attachment> attachments) {
        this.clientCaseId = UUID.randomUUID().toString();
        this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
        this.schema = schema == null ? null : List.copyOf(schema);
        this.applicant = applicant;
        this.agent = agent;
        this.answers = answers;
        this.attachments = List.copyOf(attachments);
    }

    /**
     * A case of a service in the catalog. {@code typed} are the answers as typed (blank ones are
     * left out); an attachment field's value is the names of its pages ({@code pageNames}).
     */
    public static CaseDraft of(String serviceCode, List<FormField> schema, Person applicant, Person agent,
                               Map<String, String> typed, Map<String, List<String>> pageNames, List<Attachment> attachments) {
        Map<String, Object> answers = new LinkedHashMap<>();
        typed.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !pageNames.containsKey(k)) {
                answers.put(k, v);
            }
        });
        answers.putAll(pageNames);
        return new CaseDraft(serviceCode, Objects.requireNonNull(schema, "schema"), applicant, agent, answers, attachments);
    }

    /**
     * A case of a service this kiosk's catalog does not know (kioskctl only): the values are sent
     * with their plain types guessed and the platform judges them (422 when wrong).
     */
    public static CaseDraft unknownService(String serviceCode, Person applicant, Map<String, String> typed, List<Attachment> attachments) {
        return new CaseDraft(serviceCode, null, applicant, null, guessTypes(typed), attachments);
    }

    /** The holder of an ID card, as the contract writes a person (the card is not kept). */
    public static Person person(IdCard card) {
        return new Person(card.name(), idType(card), card.idNumber(), null);
    }

    /** A person typed in (kioskctl): the ID number stripped of surrounding blanks. */
    public static Person person(String name, IdType type, String idNumber, String phone) {
        return new Person(name, type, idNumber == null ? null : idNumber.strip(), phone);
    }

    /** Why a typed-in person cannot be sent, in one line (Chinese / English), or empty when fine ({@link PersonFields}). */
    public static Optional<String> personProblem(Person p) {
        List<FieldProblem> problems = PersonFields.problems(p);
        return problems.isEmpty() ? Optional.empty() : Optional.of(PersonFields.describe(problems));
    }

    private static IdType idType(IdCard card) {
        return switch (card.type()) {
            case RESIDENT -> IdType.RESIDENT_ID;
            case FOREIGN_PERMANENT -> IdType.FOREIGN_PERMANENT_ID;
            case HMT_RESIDENCE -> IdType.HMT_RESIDENCE_PERMIT;
        };
    }

    public String clientCaseId() {
        return clientCaseId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    /** The form checked against the service's schema; an unknown service's form always passes here. */
    public FormCheck check() {
        return schema == null ? new FormCheck(List.of(), answers) : FormValidator.check(schema, answers);
    }

    /**
     * The case as the contract sends it, submitted now by {@code clock} (its zone is the kiosk's).
     *
     * @throws IllegalStateException when the form does not pass {@link #check()}
     */
    public CaseSubmission submission(String kioskId, Clock clock) {
        FormCheck check = check();
        if (!check.ok()) {
            throw new IllegalStateException("case " + clientCaseId + " of " + serviceCode + " has " + check.problems().size()
                    + " form problems");
        }
        return new CaseSubmission(clientCaseId, serviceCode, kioskId, CaseSubmission.KIOSK_CHANNEL, submittedAt(clock),
                withFormPhone(applicant, check.values()), agent, check.values(), attachments);
    }

    /**
     * Contract §3: {@code applicant.phone} is how the platform reaches the citizen (required for CASE
     * services). An ID card carries no phone, so the one typed in the form's phone field is the applicant's.
     */
    private Person withFormPhone(Person p, Map<String, Object> values) {
        if (p == null || p.phone() != null || schema == null) {
            return p;
        }
        return schema.stream().filter(f -> f.type() == zwfw.kiosk.core.catalog.FieldType.PHONE)
                .map(f -> values.get(f.name())).filter(v -> v instanceof String s && !s.isBlank()).findFirst()
                .map(v -> new Person(p.name(), p.idType(), p.idNumber(), (String) v)).orElse(p);
    }

    /** The contract's time format, in {@code clock}'s zone. */
    public static String submittedAt(Clock clock) {
        return OffsetDateTime.now(clock).format(SUBMITTED_AT);
    }

    private static Map<String, Object> guessTypes(Map<String, String> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (v.matches("-?[0-9]{1,18}")) {
                out.put(k, Long.parseLong(v));
            } else if (v.equals("true") || v.equals("false")) {
                out.put(k, Boolean.parseBoolean(v));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "CaseDraft[" + clientCaseId + ", service=" + serviceCode + ", agent=" + (agent != null) + ", fields="
                + answers.size() + ", attachments=" + attachments.size() + "]";
    }
}
