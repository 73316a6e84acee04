package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedCodeScanner;

/** The progress query (typed number and receipt QR) and the demo's simulator keys on the real kiosk. */
class ProgressAndDemoKeysTest {
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

    private String fileACase() {
        var outcome = kiosk.app().assembly().caseSubmitter().submit(new CaseSubmission(java.util.UUID.randomUUID().toString(),
                "RS-0001", kiosk.app().assembly().config().kioskId(), CaseSubmission.KIOSK_CHANNEL,
                java.time.OffsetDateTime.now().toString(), new Person("王五", IdType.RESIDENT_ID, "330302199001021230", null),
                null, Map.of("purpose", "购房", "phone", "13800138000"), java.util.List.of()), Duration.ofSeconds(10));
        return outcome.caseNo();
    }

    @Test
    void aTypedCaseNumberShowsItsStatusAndHistoryInPlainWords() {
        String caseNo = fileACase();
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("home-progress");
        kiosk.awaitScreen("progress");
        kiosk.click("progress-query");
        assertEquals("请输入办件编号", kiosk.text("progress-problem"));
        kiosk.robot().interact(() -> ((javafx.scene.control.TextField) kiosk.robot().lookup("#progress-case-no").query()).setText(caseNo));
        kiosk.click("progress-query");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.text("progress-status").startsWith("办件 " + caseNo));
        assertTrue(kiosk.text("progress-status").contains("已受理"), kiosk.text("progress-status"));
        assertTrue(kiosk.text("progress-history").contains("已受理，等待审核"), kiosk.text("progress-history"));

        kiosk.robot().interact(() -> ((javafx.scene.control.TextField) kiosk.robot().lookup("#progress-case-no").query()).setText("XX000000"));
        kiosk.click("progress-query");
        await().atMost(Duration.ofSeconds(10)).until(() -> "没有找到这个办件，请核对编号".equals(kiosk.text("progress-problem")));
    }

    @Test
    void aReceiptHeldToTheScannerOnTheAttractScreenOpensItsProgress() {
        String caseNo = fileACase();
        SimulatedCodeScanner scanner = kiosk.app().assembly().device(SimulatedCodeScanner.class).orElseThrow();
        // The receipt's QR code holds the platform's queryUrl.
        scanner.simulateScan(kiosk.app().assembly().embeddedPlatform().orElseThrow().url() + "/q/" + caseNo);
        kiosk.awaitScreen("progress");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.text("progress-status").contains(caseNo));
    }

    @Test
    void demoKeysPlaceTheSampleCardAndTakeThePrinterPaperOut() {
        SimulatedPrinter printer = kiosk.app().assembly().device(SimulatedPrinter.class).orElseThrow();
        kiosk.robot().type(KeyCode.F3);
        await().atMost(Duration.ofSeconds(5)).until(() -> printer.queryStatus().paper() == PrinterStatus.Paper.OUT);
        kiosk.robot().type(KeyCode.F3);
        await().atMost(Duration.ofSeconds(5)).until(() -> printer.queryStatus().paper() == PrinterStatus.Paper.OK);
        kiosk.robot().type(KeyCode.F1);
        kiosk.awaitScreen("home");
        assertTrue(kiosk.app().navigator().visitData().applicant() != null);
        var reader = kiosk.app().assembly().device(zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader.class).orElseThrow();
        kiosk.robot().type(KeyCode.F1); // lifts the card again
        await().atMost(Duration.ofSeconds(5)).until(() -> !reader.hasCard());
    }

    @Test
    void aSocialSecurityCardIdentifiesTheCitizen() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("identify");
        var ss = kiosk.app().assembly().device(zwfw.kiosk.drivers.smartcard.simulated.SimulatedSmartCardReader.class).orElseThrow();
        var data = zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardData.sample();
        ss.insert(new zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardApplet(data));
        kiosk.awaitScreen("form");
        assertEquals(data.name(), kiosk.app().navigator().visitData().applicant().name());
    }

    @Test
    void aPlatformLockTakesTheKioskOutOfServiceWithTheStaffedHallsHoursAndUnlockBringsItBack() {
        var assembly = kiosk.app().assembly();
        var platform = assembly.embeddedPlatform().orElseThrow();
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        platform.queueCommand(assembly.config().kioskId(), "LOCK", "维护");
        assembly.heartbeat().sendNow();
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.robot().lookup("#out-of-service").query().isVisible());
        assertEquals("终端已被暂停使用", kiosk.text("out-of-service-reason"));
        assertTrue(kiosk.text("out-of-service-hall").contains("周一至周五 9:00-12:00"), kiosk.text("out-of-service-hall"));
        kiosk.click("attract-time");
        assertEquals("attract", kiosk.screen(), "no session starts while out of service");
        platform.queueCommand(assembly.config().kioskId(), "UNLOCK", "");
        assembly.heartbeat().sendNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.robot().lookup("#out-of-service").query().isVisible());
    }

    @Test
    void thePlatformsRestartIsRecordedAndWaitsWhileACitizenIsInAVisit() throws Exception {
        var assembly = kiosk.app().assembly();
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        assembly.embeddedPlatform().orElseThrow().queueCommand(assembly.config().kioskId(), "RESTART", null);
        assembly.heartbeat().sendNow();
        var request = new zwfw.kiosk.core.lifecycle.RestartRequest(assembly.config().dataDir(), java.time.Instant.EPOCH);
        await().atMost(Duration.ofSeconds(10)).until(() -> request.pending() != null);
        // The supervision looks every 2 s; over two looks the citizen's visit goes on.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> "home".equals(kiosk.screen()));
        assertTrue(kiosk.app().stage().isShowing(), "no restart while a citizen is in a visit");
        request.clear(); // the idle restart itself is RestartWhenIdleTest's: here it would end the test's JavaFX
    }

    @Test
    void aCallForHelpGoesWithTheHeartbeatAndTheVisitsEndClosesIt() {
        var assembly = kiosk.app().assembly();
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        assembly.help().call("home", null, "zh", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> assembly.help().openCount() == 1);
        assembly.heartbeat().sendNow();
        String sent = assembly.embeddedPlatform().orElseThrow().lastHeartbeat(assembly.config().kioskId());
        assertTrue(sent.contains("\"helpWaiting\":1"), sent);

        kiosk.touch(new zwfw.kiosk.core.visit.VisitEvent.Action.EndVisit());
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(10)).until(() -> assembly.help().openCount() == 0
                && assembly.help().latest().orElseThrow() instanceof zwfw.kiosk.core.help.HelpUpdate.Closed);
    }
}
