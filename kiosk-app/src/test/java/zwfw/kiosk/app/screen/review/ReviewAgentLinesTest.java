package zwfw.kiosk.app.screen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;

/** The review summary of a 代办 case: applicant and agent, each with their role, both masked. */
class ReviewAgentLinesTest {
    static final ServiceItem SERVICE = new ServiceItem("RS-0001", "区人力社保局", "社保",
            new LocalizedText("个人参保证明打印", "Social insurance certificate"), true, true, true, 3,
            List.of(new FormField("copies", FieldType.INTEGER, new LocalizedText("份数", "Copies"), false,
                    null, null, 1L, 5L, null, null)));
    static final Person APPLICANT = new Person("欧阳娜娜", IdType.RESIDENT_ID, "330304195808170047", null);
    static final Person AGENT = new Person("李四", IdType.RESIDENT_ID, "330302199001021230", "13900139000");

    private static List<ReviewViewModel.Line> lines(Messages m, Person agent) {
        return new ReviewViewModel(m, SERVICE, APPLICANT, agent, Map.of("copies", "2"), false, () -> { }, () -> { }).lines();
    }

    @Test
    void theAgentFollowsTheApplicantMaskedWithItsRole() {
        List<ReviewViewModel.Line> lines = lines(new Messages(Messages.CHINESE), AGENT);
        assertEquals(List.of(
                new ReviewViewModel.Line("办理事项", "个人参保证明打印"),
                new ReviewViewModel.Line("申请人", "欧阳**"),
                new ReviewViewModel.Line("证件号码", "330304********0047"),
                new ReviewViewModel.Line("代办人", "李*"),
                new ReviewViewModel.Line("代办人证件号码", "330302********1230"),
                new ReviewViewModel.Line("份数", "2")), lines);
    }

    @Test
    void inEnglishTheRolesAreNamedInEnglish() {
        List<ReviewViewModel.Line> lines = lines(new Messages(Messages.ENGLISH), AGENT);
        assertEquals(new ReviewViewModel.Line("Agent", "李*"), lines.get(3));
        assertEquals(new ReviewViewModel.Line("Agent's ID number", "330302********1230"), lines.get(4));
    }

    @Test
    void withoutAnAgentThereAreNoAgentLinesAndNoRawNumbersAnywhere() {
        List<ReviewViewModel.Line> lines = lines(new Messages(Messages.CHINESE), null);
        assertFalse(lines.stream().anyMatch(l -> l.label().startsWith("代办")));
        for (ReviewViewModel.Line l : lines(new Messages(Messages.CHINESE), AGENT)) {
            assertFalse(l.value().contains("330302199001021230") || l.value().contains("李四"), l.toString());
        }
    }
}
