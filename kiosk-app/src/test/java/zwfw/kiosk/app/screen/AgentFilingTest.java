package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.visit.VisitData;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedCodeScanner;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.PlatformSimulator.MaskedPerson;

/**
 * 代办 on the real kiosk: a relative or helper (the agent) files a case for an elderly or disabled
 * citizen (the applicant). The agent identifies first, then the applicant, both end up masked on the
 * review screen and the receipt, and the platform receives both.
 */
class AgentFilingTest {
    /** SampleCards.resident(): the agent in these tests. */
    static final String AGENT_ID = "330302199001021230";
    /** SampleCards.residentLongTerm(): the elderly applicant. */
    static final String APPLICANT_ID = "330304195808170047";

    @TempDir
    java.nio.file.Path temp;
    private KioskUnderTest kiosk;

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private VisitData session() {
        return kiosk.app().navigator().visitData();
    }

    private boolean visible(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String title() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Labeled) kiosk.robot().lookup(".screen-title").match(Node::isVisible).query()).getText();
    }

    private List<String> styleClasses(String id) {
        return kiosk.robot().lookup("#" + id).query().getStyleClass();
    }

    private void typeKeys(String keys) {
        for (char c : keys.toCharArray()) {
            kiosk.click("key-" + c);
        }
    }

    private void fillTheCertificateForm() {
        kiosk.awaitScreen("form");
        kiosk.click("option-purpose-个人证明");
        kiosk.click("field-phone");
        typeKeys("13800138000");
        kiosk.click("form-next");
        kiosk.awaitScreen("review");
    }

    /** Swaps the card on the reader, as the agent does between the two steps. */
    private void placeInsteadOfTheCardThere(zwfw.kiosk.drivers.idcard.card.IdCard card) {
        kiosk.reader().remove();
        kiosk.reader().place(card);
    }

    @Test
    void theAgentsCardThenTheApplicantsCardFileOneCaseThatNamesBothMaskedOnReviewPlatformAndReceipt() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.awaitScreen("whose");
        assertEquals("请问为谁办理？", title());
        assertEquals("为本人办理", kiosk.text("whose-self"));
        assertEquals("为他人代办（代办人）", kiosk.text("whose-agent"));
        assertFalse(visible("whose-card-note"), "nobody identified yet");
        kiosk.tapOnBehalf();

        kiosk.awaitScreen("identify");
        assertEquals("第1步：请代办人验证身份", title());
        assertEquals("第1步 代办人", kiosk.text("identify-step-agent"));
        assertEquals("第2步 申请人", kiosk.text("identify-step-applicant"));
        assertTrue(styleClasses("identify-step-agent").contains("agent-step-current"));
        assertEquals("代办人请将本人身份证放在读卡区", kiosk.text("identify-card"));

        kiosk.reader().place(SampleCards.resident());
        await().atMost(Duration.ofSeconds(10)).until(() -> session().agent() != null);
        kiosk.awaitScreen("identify");
        assertEquals("第2步：请验证申请人（被代办人）身份", title());
        assertTrue(styleClasses("identify-step-applicant").contains("agent-step-current"));
        assertTrue(styleClasses("identify-step-agent").contains("agent-step-done"));
        assertEquals("代办人：张*（已验证）", kiosk.text("identify-agent-note"));
        assertEquals("请取走代办人的身份证，将申请人的身份证放在读卡区", kiosk.text("identify-card"));
        assertTrue(session().applicant() == null, "the agent is not the applicant");

        placeInsteadOfTheCardThere(SampleCards.residentLongTerm());
        fillTheCertificateForm();
        assertEquals(AGENT_ID, session().agent().idNumber());
        assertEquals(APPLICANT_ID, session().applicant().idNumber());

        assertEquals("蓝**", kiosk.text("review-value-1"), "the applicant, masked");
        assertEquals("330304********0047", kiosk.text("review-value-2"));
        assertEquals("张*", kiosk.text("review-value-3"), "the agent, masked");
        assertEquals("330302********1230", kiosk.text("review-value-4"));
        assertEquals(List.of("办理事项", "申请人", "证件号码", "代办人", "代办人证件号码"), reviewLabels().subList(0, 5));
        kiosk.click("review-confirm");

        kiosk.awaitScreen("result");
        assertEquals("提交成功", kiosk.text("result-title"));
        PlatformSimulator.StoredCase stored = kiosk.platform().cases().get(0);
        assertEquals(new MaskedPerson("蓝**", "330304********0047"), stored.applicant());
        assertEquals(new MaskedPerson("张*", "330302********1230"), stored.agent());

        await().atMost(Duration.ofSeconds(10)).until(() -> "凭条已打印，请取走".equals(kiosk.text("result-receipt")));
        String receipt = kiosk.app().assembly().device(SimulatedPrinter.class).orElseThrow().lastPrintout().orElseThrow().text();
        String rows = receipt.replaceAll("[ \\t]+", ""); // the 80 mm layout pads values to the right edge
        assertTrue(rows.contains("申请人：蓝**\n证件号码：330304********0047\n代办人：张*\n代办人证件：330302********1230\n"), receipt);
        assertFalse(receipt.contains(AGENT_ID) || receipt.contains(APPLICANT_ID), receipt);

        VisitData visit = session();
        kiosk.click("result-finish");
        kiosk.awaitScreen("attract");
        assertTrue(kiosk.app().navigator().visitData().isEmpty());
        VisitData now = kiosk.app().navigator().visitData();
        assertTrue(now.agent() == null && now.applicant() == null && !now.onBehalf(), "both people are dropped");
    }

    private List<String> reviewLabels() {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup(".review-table .field-label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    @Test
    void aCardPutDownOnTheAttractScreenMakesItsHolderTheAgentAndTheSamePersonIsRefusedAsApplicant() {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.awaitScreen("whose");
        assertEquals("已读取身份证：张*。如选择“为他人代办”，张* 即为代办人", kiosk.text("whose-card-note"));
        kiosk.tapOnBehalf();

        kiosk.awaitScreen("identify");
        assertEquals("第2步：请验证申请人（被代办人）身份", title(), "the card's holder is the agent already");
        assertEquals("代办人：张*（已验证）", kiosk.text("identify-agent-note"));
        assertEquals(AGENT_ID, session().agent().idNumber());

        placeInsteadOfTheCardThere(SampleCards.resident()); // the agent's own card again
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "代办人与申请人不能为同一人，请放置申请人的身份证".equals(kiosk.text("identify-problem")));
        assertEquals("identify", kiosk.screen());
        assertTrue(session().applicant() == null, "refused, not taken");

        // The applicant shows their login code from the government app instead.
        SimulatedCodeScanner scanner = kiosk.app().assembly().device(SimulatedCodeScanner.class).orElseThrow();
        scanner.simulateScan(kiosk.platform().issueQrToken("蓝秀英", "RESIDENT_ID", APPLICANT_ID, null).qrText());
        kiosk.awaitScreen("form");
        assertEquals("蓝秀英", session().applicant().name());
        assertEquals(AGENT_ID, session().agent().idNumber());
    }

    @Test
    void leavingHalfWayWipesTheAgentAlready() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.tapOnBehalf();
        kiosk.awaitScreen("identify");
        kiosk.reader().place(SampleCards.resident());
        await().atMost(Duration.ofSeconds(10)).until(() -> session().agent() != null);
        VisitData visit = session();
        kiosk.click("end-session");
        kiosk.awaitScreen("attract");
        assertTrue(kiosk.app().navigator().visitData().agent() == null, "the agent is dropped");
        assertTrue(kiosk.app().navigator().visitData().isEmpty());
    }

    @Test
    void aServiceThatAllowsNoAgentSkipsTheQuestion() {
        var service = kiosk.app().assembly().catalog().current().service("GA-0002").orElseThrow();
        assertFalse(service.allowsAgent());
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.robot().interact(() -> ((javafx.scene.control.TextField) kiosk.robot().lookup("#service-search").query())
                .setText("无犯罪记录"));
        kiosk.click("service-GA-0002");
        kiosk.awaitScreen("identify");
        assertEquals("请验证身份", title());
        assertFalse(visible("identify-steps"), "no 代办 steps");
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        assertTrue(session().agent() == null);
        assertFalse(session().onBehalf());
    }

    @Test
    void forMyselfWithTheCardAlreadyReadGoesStraightToTheFormAndTheCaseHasNoAgent() {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.tapForSelf();
        fillTheCertificateForm();
        assertEquals("张*", kiosk.text("review-value-1"));
        assertFalse(reviewLabels().contains("代办人"));
        kiosk.click("review-confirm");
        kiosk.awaitScreen("result");
        PlatformSimulator.StoredCase stored = kiosk.platform().cases().get(0);
        assertEquals(new MaskedPerson("张*", "330302********1230"), stored.applicant());
        assertNull(stored.agent());
        await().atMost(Duration.ofSeconds(10)).until(() -> "凭条已打印，请取走".equals(kiosk.text("result-receipt")));
        String receipt = kiosk.app().assembly().device(SimulatedPrinter.class).orElseThrow().lastPrintout().orElseThrow().text();
        assertFalse(receipt.contains("代"), receipt);
    }

    @Test
    void theQuestionReadsInEnglishAndGrowsInElderlyModeWithLargeTouchTargets() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.awaitScreen("whose");
        Labeled self = kiosk.robot().lookup("#whose-self").queryAs(Labeled.class);
        double normal = self.getFont().getSize();
        assertTrue(((Region) self).getHeight() >= 80 && ((Region) self).getWidth() >= 80, "touch target");

        kiosk.click("language-toggle");
        assertEquals("Whose case is this?", title());
        assertEquals("For myself", kiosk.text("whose-self"));
        assertEquals("For someone else (as their agent)", kiosk.text("whose-agent"));
        kiosk.click("elderly-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        double large = kiosk.robot().lookup("#whose-self").queryAs(Labeled.class).getFont().getSize();
        assertTrue(large >= 1.5 * normal, normal + " -> " + large);
        double detailLarge = kiosk.robot().lookup("#whose-agent-detail").queryAs(Labeled.class).getFont().getSize();
        assertTrue(detailLarge >= 1.5 * 26, "detail " + detailLarge);

        kiosk.tapOnBehalf();
        kiosk.awaitScreen("identify");
        assertEquals("Step 1: the agent identifies", title());
        assertEquals("Step 1 Agent", kiosk.text("identify-step-agent"));
        double step = kiosk.robot().lookup("#identify-step-agent").queryAs(Labeled.class).getFont().getSize();
        assertTrue(step >= 1.5 * 30, "step label " + step);
    }
}
