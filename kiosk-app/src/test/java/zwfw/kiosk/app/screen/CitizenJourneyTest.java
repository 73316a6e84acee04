package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.visit.VisitData;
import zwfw.kiosk.core.outbox.EntryKind;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedCodeScanner;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;

/** The citizen's whole visit on the real kiosk: simulated devices, the embedded platform, real screens. */
class CitizenJourneyTest {
    @TempDir
    Path temp;
    private KioskUnderTest kiosk;

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private boolean visible(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void typeKeys(String keys) {
        for (char c : keys.toCharArray()) {
            kiosk.click("key-" + c);
        }
    }

    /** Card → home → form (validated as typed) → review (masked) → submit → receipt → evaluation → attract. */
    @Test
    void aCitizenWithAnIdCardFilesACasePrintsTheReceiptAndRatesTheService() {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        VisitData session = kiosk.app().navigator().visitData();
        assertTrue(session.applicant() != null, "the card identified the citizen");

        kiosk.click("service-RS-0001");

        kiosk.tapForSelf(); // RS-0001 may be filed by an agent: for oneself (tapped: this journey is the robot's, end to end)
        kiosk.awaitScreen("form");
        kiosk.click("form-next");
        assertEquals("用途为必填项", kiosk.text("problem-purpose"), "next shows what is missing");
        kiosk.click("option-purpose-个人证明");
        assertEquals("", kiosk.text("problem-purpose"));
        kiosk.click("field-phone");
        typeKeys("138");
        assertEquals("手机号码应为11位手机号码", kiosk.text("problem-phone"), "checked as the citizen types");
        typeKeys("00138000");
        assertEquals("", kiosk.text("problem-phone"));
        kiosk.click("field-copies");
        typeKeys("9");
        assertEquals("份数不能大于5", kiosk.text("problem-copies"));
        kiosk.click("key-backspace");
        typeKeys("2");
        assertEquals("", kiosk.text("problem-copies"));
        kiosk.click("form-next");

        kiosk.awaitScreen("review");
        assertEquals("张*", kiosk.text("review-value-1"), "the name is masked on the screen");
        assertEquals("330302********1230", kiosk.text("review-value-2"));
        assertEquals("138****8000", kiosk.text("review-value-4"));
        assertFalse(visible("printer-warning"), "paper is in");
        kiosk.click("review-confirm");

        kiosk.awaitScreen("result");
        assertEquals("提交成功", kiosk.text("result-title"));
        String caseNo = kiosk.platform().cases().get(0).caseNo();
        assertTrue(kiosk.text("result-detail").contains(caseNo), kiosk.text("result-detail"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "凭条已打印，请取走".equals(kiosk.text("result-receipt")));
        assertTrue(kiosk.printer().lastImageFile().map(Files::isRegularFile).orElse(false), "the simulated printer rendered it");

        kiosk.click("result-evaluate");
        kiosk.awaitScreen("evaluation");
        kiosk.click("level-2");
        assertTrue(kiosk.robot().lookup("#evaluation-submit").query().isDisabled(), "a poor level needs a reason");
        kiosk.click("reason-wait");
        assertFalse(kiosk.robot().lookup("#evaluation-submit").query().isDisabled());
        kiosk.click("evaluation-submit");
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.platform().evaluationCount() == 1);
        assertTrue(kiosk.app().navigator().visitData().isEmpty(), "the visit's data is gone");
    }

    @Test
    void withoutPaperTheCitizenIsWarnedBeforeSubmittingAndGetsTheReceiptAsAQrCode() {
        kiosk.printer().setPaper(PrinterStatus.Paper.OUT);
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("identify");
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        kiosk.click("option-purpose-购房");
        kiosk.click("field-phone");
        typeKeys("13800138000");
        kiosk.click("form-next");
        kiosk.awaitScreen("review");
        assertTrue(visible("printer-warning"));
        kiosk.click("review-confirm");
        kiosk.awaitScreen("result");
        await().atMost(Duration.ofSeconds(10)).until(() -> visible("receipt-qr"));
        assertEquals("打印机缺纸，请用手机拍下二维码作为凭证", kiosk.text("result-receipt"));
        kiosk.click("result-finish");
        kiosk.awaitScreen("attract");
    }

    /** Platform down: the case is kept, the citizen gets the queued receipt, and it is delivered once the platform is back. */
    @Test
    void withThePlatformDownTheCaseIsQueuedWithALocalReferenceAndDeliveredLater() {
        kiosk.platform().setFaults(Faults.parse("error=1.0"));
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("form");
        kiosk.click("option-purpose-个人证明");
        kiosk.click("field-phone");
        typeKeys("13800138000");
        kiosk.click("form-next");
        kiosk.awaitScreen("review");
        kiosk.click("review-confirm");

        kiosk.awaitScreen("result");
        assertEquals("已保存，网络恢复后自动提交", kiosk.text("result-title"));
        assertTrue(kiosk.text("result-detail").startsWith("本机受理号："), kiosk.text("result-detail"));
        assertEquals(0, kiosk.platform().cases().size(), "nothing reached the platform yet");
        assertEquals(1, queuedCases(), "the case is kept in the outbox");

        kiosk.platform().setFaults(Faults.none());
        await().atMost(Duration.ofSeconds(60)).until(() -> kiosk.platform().cases().size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> queuedCases() == 0);
    }

    private long queuedCases() {
        return kiosk.app().assembly().outbox().status().entries().stream().filter(e -> e.kind() == EntryKind.CASE).count();
    }

    @Test
    void aLoginQrCodeFromTheGovernmentAppIdentifiesTheCitizen() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("identify");
        SimulatedCodeScanner scanner = kiosk.app().assembly().device(SimulatedCodeScanner.class).orElseThrow();
        scanner.simulateScan("https://example.com/not-a-login");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.text("identify-problem").contains("不是登录二维码"));
        PlatformSimulator.IssuedToken token = kiosk.platform().issueQrToken("李四", "RESIDENT_ID", "330304195808170047", "13900139000");
        scanner.simulateScan(token.qrText());
        kiosk.awaitScreen("form");
        assertEquals("李四", kiosk.app().navigator().visitData().applicant().name());
    }

    @Test
    void anIdleCitizenIsAskedForMoreTimeThenTheSessionIsWipedAndTheKioskResets() {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        VisitData session = kiosk.app().navigator().visitData();
        var idle = kiosk.app().navigator().idle();
        // Drive the idle clock by hand: the configured 60 s + 20 s would make a slow test.
        for (int i = 0; i < 60; i++) {
            Platform.runLater(idle::secondPassed);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible("idle-overlay"));
        assertEquals("还需要更多时间吗?", kiosk.text("idle-question"));
        kiosk.click("idle-more-time");
        assertFalse(visible("idle-overlay"), "a touch keeps the session");
        assertEquals("home", kiosk.screen());
        for (int i = 0; i < 60 + 20; i++) {
            Platform.runLater(idle::secondPassed);
        }
        kiosk.awaitScreen("attract");
        assertTrue(kiosk.app().navigator().visitData().isEmpty(), "the citizen's data is wiped");
        assertFalse(visible("idle-overlay"));
    }

    @Test
    void elderlyModeEnlargesTheTextAndSwitchesBackAtTheEndOfTheSession() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        Node title = kiosk.robot().lookup(".screen-title").query();
        double normal = ((javafx.scene.control.Labeled) title).getFont().getSize();
        kiosk.click("elderly-toggle");
        double large = ((javafx.scene.control.Labeled) kiosk.robot().lookup(".screen-title").query()).getFont().getSize();
        assertTrue(large >= 1.5 * normal, normal + " -> " + large);
        kiosk.click("language-toggle");
        assertEquals("Choose a service", ((javafx.scene.control.Labeled) kiosk.robot().lookup(".screen-title").query()).getText());
        kiosk.click("end-session");
        kiosk.awaitScreen("attract");
        assertFalse(kiosk.app().navigator().elderlyProperty().get());
        assertEquals("请将身份证放在读卡区 或 点击屏幕开始", kiosk.text("attract-prompt"), "the next citizen starts in Chinese");
    }
}
