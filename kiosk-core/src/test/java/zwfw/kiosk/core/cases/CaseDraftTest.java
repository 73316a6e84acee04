package zwfw.kiosk.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

class CaseDraftTest {
    private static final Instant AT = Instant.parse("2026-11-24T01:30:00.123Z");
    private static final Person APPLICANT = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", null);
    private static final List<FormField> SCHEMA = List.of(
            new FormField("phone", FieldType.PHONE, new LocalizedText("手机号码", "Mobile"), true, null, null, null, null, null, null),
            new FormField("copies", FieldType.INTEGER, new LocalizedText("份数", "Copies"), false, null, null, 1L, 5L, null, null),
            new FormField("proof", FieldType.ATTACHMENT, new LocalizedText("证明", "Proof"), false, null, null, null, null, null, 3));

    private static CaseDraft draft(Map<String, String> typed) {
        return CaseDraft.of("RS-0001", SCHEMA, APPLICANT, null, typed, Map.of(), List.of());
    }

    @Test
    void theApplicantsPhoneIsTheOneTypedInTheFormWhenTheIdentityCarriesNone() {
        CaseSubmission c = draft(Map.of("phone", "13800138000")).submission("KSK-1", Clock.systemUTC());
        assertEquals("13800138000", c.applicant().phone(), "contract §3: applicant.phone is required for CASE services");
        assertEquals("13800138000", c.form().get("phone"), "the form keeps its field");
        Person withPhone = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", "13900139000");
        CaseSubmission fromQr = CaseDraft.of("RS-0001", SCHEMA, withPhone, null, Map.of("phone", "13800138000"), Map.of(), List.of())
                .submission("KSK-1", Clock.systemUTC());
        assertEquals("13900139000", fromQr.applicant().phone(), "a phone the identity carries (QR login) stays");
    }

    @Test
    void theSubmissionTimeIsTheContractsFormatInTheConfiguredZoneNotTheMachines() {
        CaseDraft d = draft(Map.of("phone", "13800138000"));
        assertEquals("2026-11-24T09:30:00+08:00",
                d.submission("KSK-1", Clock.fixed(AT, ZoneId.of("Asia/Shanghai"))).submittedAt());
        assertEquals("2026-11-24T01:30:00+00:00", d.submission("KSK-1", Clock.fixed(AT, ZoneId.of("UTC"))).submittedAt(),
                "an offset, never Z");
        assertTrue(d.submission("KSK-1", Clock.system(ZoneId.of("Asia/Urumqi"))).submittedAt().endsWith("+06:00"));
    }

    @Test
    void theCaseIdIsFixedWhenTheDraftIsMadeSoEverySubmissionOfItIsTheSameCase() {
        CaseDraft d = draft(Map.of("phone", "13800138000"));
        Clock clock = Clock.fixed(AT, ZoneId.of("Asia/Shanghai"));
        CaseSubmission first = d.submission("KSK-1", clock);
        assertEquals(d.clientCaseId(), first.clientCaseId());
        assertEquals(first.clientCaseId(), d.submission("KSK-1", clock).clientCaseId());
        assertFalse(d.clientCaseId().equals(draft(Map.of("phone", "13800138000")).clientCaseId()));
        assertEquals(CaseSubmission.KIOSK_CHANNEL, first.channel());
    }

    @Test
    void answersAreCheckedAndTypedByTheServicesSchemaBlankOnesLeftOut() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("phone", "13800138000");
        typed.put("copies", "2");
        typed.put("note", "  ");
        CaseSubmission c = draft(typed).submission("KSK-1", Clock.systemUTC());
        assertEquals(2L, ((Number) c.form().get("copies")).longValue());
        assertFalse(c.form().containsKey("note"));

        CaseDraft bad = draft(Map.of("phone", "12"));
        assertFalse(bad.check().ok());
        assertThrows(IllegalStateException.class, () -> bad.submission("KSK-1", Clock.systemUTC()));
    }

    @Test
    void anAttachmentFieldsValueIsTheNamesOfItsPages() {
        CaseDraft d = CaseDraft.of("RS-0001", SCHEMA, APPLICANT, null, Map.of("phone", "13800138000", "proof", "2"),
                Map.of("proof", List.of("proof-1.jpg", "proof-2.jpg")), List.of());
        assertEquals(List.of("proof-1.jpg", "proof-2.jpg"), d.submission("KSK-1", Clock.systemUTC()).form().get("proof"));
    }

    @Test
    void anUnknownServicesValuesAreSentWithPlainTypesForThePlatformToJudge() {
        CaseDraft d = CaseDraft.unknownService("XX-9", APPLICANT, Map.of("n", "3", "ok", "true", "t", "x"), List.of());
        Map<String, Object> form = d.submission("KSK-1", Clock.systemUTC()).form();
        assertEquals(Map.of("n", 3L, "ok", true, "t", "x"), form);
    }

    @Test
    void aCardsHolderBecomesTheContractsPersonAndTheCardIsNotKept() {
        Person p = CaseDraft.person(SampleCards.resident());
        assertEquals(IdType.RESIDENT_ID, p.idType());
        assertEquals("330302199001021230", p.idNumber());
        assertEquals(IdType.FOREIGN_PERMANENT_ID, CaseDraft.person(SampleCards.foreignPermanent()).idType());
        assertEquals(IdType.HMT_RESIDENCE_PERMIT, CaseDraft.person(SampleCards.hmtResidence()).idType());
    }

    @Test
    void aTypedInPersonIsCheckedInOneLine() {
        assertTrue(CaseDraft.personProblem(CaseDraft.person("蓝天天", IdType.RESIDENT_ID, " 330304195808170047 ", null)).isEmpty());
        assertTrue(CaseDraft.personProblem(CaseDraft.person(" ", IdType.RESIDENT_ID, "330304195808170047", null)).isPresent());
        assertTrue(CaseDraft.personProblem(CaseDraft.person("蓝天天", IdType.RESIDENT_ID, "330304195808170048", null)).isPresent());
        assertTrue(CaseDraft.personProblem(CaseDraft.person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", "123")).isPresent());
    }

    @Test
    void itsDescriptionHoldsNoPersonalData() {
        String s = draft(Map.of("phone", "13800138000")).toString();
        assertFalse(s.contains("蓝") || s.contains("330304") || s.contains("13800138000"), s);
    }
}
