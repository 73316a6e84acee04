package zwfw.kiosk.core.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;

/** What a visit holds: who is who for 代办, and nothing of it in its description; its pages zeroed at its end. */
class VisitDataTest {
    static final FormField CONTRACT = new FormField("rentalContract", FieldType.ATTACHMENT, new LocalizedText("租赁合同", "Lease"),
            true, null, null, null, null, null, 2);
    static final ServiceItem PERMIT = new ServiceItem("GA-0001", "公安分局", "户政", new LocalizedText("居住证申领", "Residence permit"),
            true, true, true, 8, List.of(CONTRACT));

    @Test
    void whoeverIdentifiedBeforeChoosingOnBehalfBecomesTheAgent() {
        VisitData d = VisitData.identified(Visits.AGENT).onBehalfOf();
        assertEquals(Visits.AGENT, d.agent());
        assertNull(d.applicant());
        assertTrue(d.onBehalf());
    }

    @Test
    void theAgentIsRecognisedByIdNumberWhateverTheCaseOfItsCheckCharacter() {
        VisitData d = VisitData.empty().onBehalfOf().withAgent(new Person("李四", IdType.RESIDENT_ID, "11010519491231002x", null));
        assertTrue(d.isAgent(new Person("李四", IdType.RESIDENT_ID, " 11010519491231002X ", null)));
        assertFalse(d.isAgent(Visits.APPLICANT));
    }

    @Test
    void choosingForOneselfDropsAnAgent() {
        VisitData d = VisitData.empty().onBehalfOf().withAgent(Visits.AGENT).forSelf();
        assertNull(d.agent());
        assertFalse(d.onBehalf());
    }

    @Test
    void itsDescriptionShowsNoPersonalData() {
        VisitData d = VisitData.identified(Visits.APPLICANT).onBehalfOf().withApplicant(Visits.AGENT).choosing(PERMIT);
        d.pages().add(CONTRACT, new EncodedPage(new byte[] {(byte) 0xff, (byte) 0xd8, 42, 43, 44}, 10, 14, 0.85f));
        String s = d.toString();
        assertTrue(s.contains("pages=1") && s.contains("GA-0001"), s);
        assertFalse(s.contains("蓝") || s.contains("张") || s.contains("330304") || s.contains("330302") || s.contains("42"), s);
    }

    @Test
    void theVisitsEndZeroesItsPagesAndLeavesNothingForTheNextCitizen() throws Exception {
        Visit visit = new Visit(new VisitRules(false));
        try (VisitEffects effects = new VisitEffects(visit, null, null, null, null,
                new VisitEffects.Kiosk("KSK-1", "中心", java.time.Clock.systemUTC()), Speaker.SILENT)) {
            visit.effectsTo(effects);
            visit.accept(Visits.card(Visits.APPLICANT));
            visit.accept(Visits.touch(new VisitEvent.Action.ChooseService(PERMIT)));
            EncodedPage page = new EncodedPage(new byte[] {(byte) 0xff, (byte) 0xd8, 42, 43, 44}, 10, 14, 0.85f);
            visit.state().data().pages().add(CONTRACT, page);
            VisitData held = visit.state().data();
            assertFalse(held.isEmpty());

            visit.accept(new VisitEvent.IdleTimeout());
            assertTrue(visit.state().data().isEmpty());
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(page::isWiped);
            assertEquals(0, held.pages().total());
        }
    }
}
