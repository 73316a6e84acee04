package zwfw.kiosk.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;

/** The session's 代办 state: who is agent, who is applicant, and that a wipe forgets both. */
class SessionAgentTest {
    static final Person AGENT = new Person("张三", IdType.RESIDENT_ID, "330302199001021230", null);
    static final Person APPLICANT = new Person("蓝秀英", IdType.RESIDENT_ID, "33030419580817004x", null);

    @Test
    void whoeverIdentifiedBeforeChoosingOnBehalfBecomesTheAgent() {
        Session s = new Session();
        s.identify(AGENT);
        s.fileOnBehalf();
        assertTrue(s.onBehalf());
        assertEquals(AGENT, s.agent().orElseThrow());
        assertTrue(s.applicant().isEmpty());
    }

    @Test
    void theAgentIsRecognisedByIdNumberWhateverTheCaseOfItsCheckCharacter() {
        Session s = new Session();
        s.fileOnBehalf();
        s.identifyAgent(APPLICANT);
        assertTrue(s.isAgent(new Person("蓝秀英", IdType.RESIDENT_ID, "33030419580817004X", "13900139000")));
        assertFalse(s.isAgent(AGENT));
    }

    @Test
    void choosingForOneselfDropsAnAgent() {
        Session s = new Session();
        s.fileOnBehalf();
        s.identifyAgent(AGENT);
        s.fileForSelf();
        assertFalse(s.onBehalf());
        assertTrue(s.agent().isEmpty());
    }

    @Test
    void aWipeForgetsTheAgentAndTheApplicantAndToStringShowsNeither() {
        Session s = new Session();
        s.fileOnBehalf();
        s.identifyAgent(AGENT);
        s.identify(APPLICANT);
        String shown = s.toString();
        assertTrue(shown.contains("agent=true"), shown);
        assertFalse(shown.contains("张") || shown.contains("330302") || shown.contains("蓝"), shown);
        assertFalse(s.isEmpty());
        s.wipe();
        assertTrue(s.agent().isEmpty() && s.applicant().isEmpty() && !s.onBehalf());
        assertTrue(s.isEmpty() && s.wasWiped());
    }
}
