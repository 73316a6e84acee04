package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.availability.LockHolder;
import zwfw.kiosk.core.availability.ServiceLocks;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;

/**
 * The out-of-service screen on the real kiosk: an essential device down, staff locks (lock record,
 * restart, the PIN pad behind the hidden corner), the platform's LOCK, and several at once.
 */
class OutOfServiceTest {
    private static final Duration SOON = Duration.ofSeconds(5);
    /** A PIN is checked against every staff hash with PBKDF2 (slow on purpose): on a busy machine that takes seconds. */
    private static final Duration PIN_CHECKED = Duration.ofSeconds(20);

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

    private boolean outOfServiceShown() {
        return kiosk.robot().lookup("#out-of-service").query().isVisible();
    }

    private void awaitOutOfService(String reason) {
        await().atMost(SOON).until(() -> outOfServiceShown() && reason.equals(kiosk.text("out-of-service-reason")));
        assertEquals("attract", kiosk.screen());
    }

    private void awaitInService() {
        await().atMost(SOON).until(() -> !outOfServiceShown());
    }

    private ServiceLocks locks() {
        return new ServiceLocks(kiosk.app().assembly().config().dataDir(), Clock.systemUTC());
    }

    @Test
    void anUnpluggedIdCardReaderShowsTheStaffedHallsHoursAndPluggingItBackReturnsToService() {
        kiosk.reader().unplug();
        awaitOutOfService("身份证阅读器故障，暂时无法办理");
        String hall = kiosk.text("out-of-service-hall");
        assertTrue(hall.contains("瓯海区政务服务中心 一楼综合受理窗口") && hall.contains("周一至周五 9:00-12:00"), hall);
        kiosk.click("attract-time");
        assertEquals("attract", kiosk.screen(), "no session starts while out of service");

        kiosk.reader().plugBack();
        awaitInService();
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
    }

    @Test
    void thePrinterOutOfPaperDoesNotTakeTheKioskOutOfService() {
        SimulatedPrinter printer = kiosk.app().assembly().device(SimulatedPrinter.class).orElseThrow();
        printer.setPaper(PrinterStatus.Paper.OUT);
        await().atMost(SOON).until(() -> printer.status().state() == DeviceState.ERROR);
        await().during(Duration.ofMillis(1500)).atMost(SOON).until(() -> !outOfServiceShown());
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
    }

    @Test
    void aCitizenFillingAFormIsNotThrownOutWhenTheReaderGoesDownTheScreenShowsAtTheEndOfTheSession() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("identify");
        kiosk.reader().unplug();
        await().atMost(SOON).until(() -> kiosk.app().navigator().isOutOfService());
        assertEquals("identify", kiosk.screen(), "the visit goes on");
        kiosk.click("end-session");
        kiosk.awaitScreen("attract");
        awaitOutOfService("身份证阅读器故障，暂时无法办理");
    }

    @Test
    void aStaffLockRecordTakesTheKioskOutOfServiceWithinSecondsAndSurvivesARestartUntilUnlocked() throws Exception {
        locks().lock(LockHolder.STAFF, "更换打印纸", "test");
        awaitOutOfService("终端正在维护，暂停服务");

        kiosk.close();
        kiosk = KioskUnderTest.boot(temp, Map.of()); // the same data directory: a reboot
        awaitOutOfService("终端正在维护，暂停服务");
        kiosk.click("attract-time");
        assertEquals("attract", kiosk.screen());

        locks().unlock(LockHolder.STAFF, "test");
        awaitInService();
    }

    @Test
    void aPlatformLockIsKeptAcrossARestartAndAStaffUnlockDoesNotLiftIt() throws Exception {
        var assembly = kiosk.app().assembly();
        assembly.embeddedPlatform().orElseThrow().queueCommand(assembly.config().kioskId(), "LOCK", "维护");
        assembly.heartbeat().sendNow();
        awaitOutOfService("终端已被暂停使用");
        await().atMost(SOON).until(() -> locks().read(LockHolder.PLATFORM).isPresent());
        assertEquals("维护", locks().read(LockHolder.PLATFORM).orElseThrow().reason());

        kiosk.close();
        kiosk = KioskUnderTest.boot(temp, Map.of());
        awaitOutOfService("终端已被暂停使用");

        // Staff lock on top, then lift it: the platform's lock still holds.
        locks().lock(LockHolder.STAFF, "检修", "test");
        await().atMost(SOON).until(() -> kiosk.app().navigator().service().reasonKeys().size() == 2);
        assertEquals("终端已被暂停使用", kiosk.text("out-of-service-reason"), "the platform's lock is shown first");
        locks().unlock(LockHolder.STAFF, "test");
        await().atMost(SOON).until(() -> kiosk.app().navigator().service().reasonKeys().size() == 1);
        assertTrue(outOfServiceShown());

        var platform = kiosk.app().assembly();
        platform.embeddedPlatform().orElseThrow().queueCommand(platform.config().kioskId(), "UNLOCK", "");
        platform.heartbeat().sendNow();
        awaitInService();
        // The screen changes first, the record is deleted off the FX thread just after.
        await().atMost(SOON).until(() -> locks().current().isEmpty());
    }

    @Test
    void theReaderComingBackDoesNotOverrideAStaffLock() {
        kiosk.reader().unplug();
        awaitOutOfService("身份证阅读器故障，暂时无法办理");
        locks().lock(LockHolder.STAFF, "更换读卡器", "test");
        awaitOutOfService("终端正在维护，暂停服务");
        kiosk.reader().plugBack();
        await().atMost(SOON).until(() -> kiosk.app().navigator().service().reasonKeys().size() == 1);
        assertTrue(outOfServiceShown());
        assertEquals("终端正在维护，暂停服务", kiosk.text("out-of-service-reason"));
    }

    /** Whether the node and every parent of it are visible (a node's own flag is not enough). */
    private boolean shown(String id) {
        for (Node n = kiosk.robot().lookup("#" + id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void openStaffPanel() {
        Node corner = kiosk.robot().lookup("#staff-corner").query();
        kiosk.robot().moveTo(corner).press(MouseButton.PRIMARY);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> shown("staff-panel"));
        } finally {
            kiosk.robot().release(MouseButton.PRIMARY);
        }
        assertEquals("attract", kiosk.screen(), "holding the corner starts no session");
    }

    private void typePin(String digits) {
        kiosk.click("staff-key-clear");
        for (char c : digits.toCharArray()) {
            kiosk.click("staff-key-" + c);
        }
        kiosk.click("staff-key-ok");
    }

    /** After the PIN the maintenance pages show; lock and unlock are on the operations page. */
    private void toOperations() {
        await().atMost(PIN_CHECKED).until(() -> shown("maint-tab-operations"));
        kiosk.click("maint-tab-operations");
    }

    @Test
    void theHiddenCornerOpensThePinPadAndTheMaintenancePinLocksAndUnlocksTheKiosk() {
        openStaffPanel();
        typePin("2468");
        toOperations();
        await().atMost(SOON).until(() -> shown("staff-lock"));
        assertEquals("本机正在服务", kiosk.text("staff-status"));

        kiosk.click("staff-lock");
        await().atMost(SOON).until(() -> locks().read(LockHolder.STAFF).isPresent());
        assertEquals("screen", locks().read(LockHolder.STAFF).orElseThrow().by());
        await().atMost(SOON).until(() -> kiosk.text("staff-status").contains("终端正在维护"));
        assertEquals("", kiosk.text("staff-action-problem"));
        kiosk.click("staff-close");
        awaitOutOfService("终端正在维护，暂停服务");

        openStaffPanel(); // the corner works on the out-of-service screen too, and asks for the PIN again
        assertTrue(shown("staff-key-ok"));
        typePin("2468");
        toOperations();
        await().atMost(SOON).until(() -> shown("staff-unlock"));
        kiosk.click("staff-unlock");
        kiosk.click("staff-close");
        awaitInService();
        await().atMost(SOON).until(() -> locks().read(LockHolder.STAFF).isEmpty());
        // Both are in the audit log, from the screen, under the configured account (never a citizen's name).
        var audit = new zwfw.kiosk.core.audit.AuditLog(kiosk.app().assembly().database(), java.time.Clock.systemUTC());
        await().atMost(SOON).until(() -> audit.since(java.time.Instant.EPOCH).stream()
                .filter(e -> e.channel().equals("screen")).map(e -> e.action())
                .filter(a -> a == zwfw.kiosk.core.audit.AuditAction.LOCK || a == zwfw.kiosk.core.audit.AuditAction.UNLOCK).toList()
                .equals(List.of(zwfw.kiosk.core.audit.AuditAction.LOCK, zwfw.kiosk.core.audit.AuditAction.UNLOCK)));
    }

    @Test
    void aStaffLockWhoseRecordCannotBeWrittenIsReportedOnThePanelAndNeverBelieved() throws Exception {
        Path dir = kiosk.app().assembly().config().dataDir().resolve("locks");
        java.nio.file.Files.deleteIfExists(dir);
        // Nothing can be written there, even by root (for whom a read-only mode changes nothing): a link into /proc.
        java.nio.file.Files.createSymbolicLink(dir, Path.of("/proc/self/fdinfo"));
        openStaffPanel();
        typePin("2468");
        toOperations();
        await().atMost(SOON).until(() -> shown("staff-lock"));

        kiosk.click("staff-lock");

        await().atMost(SOON).until(() -> kiosk.text("staff-action-problem").startsWith("锁定失败"));
        assertEquals("本机正在服务", kiosk.text("staff-status"));
        assertTrue(shown("staff-lock"), "the panel offers to lock again: it is not locked");
        assertFalse(kiosk.app().navigator().service().holds(zwfw.kiosk.core.availability.OutOfServiceReason.STAFF_LOCK));
        kiosk.click("staff-close");
        await().during(Duration.ofSeconds(1)).atMost(SOON).until(() -> !outOfServiceShown());
    }

    @Test
    void aWrongPinIsRefusedAndFiveInARowLockThePadForFiveMinutes() throws Exception {
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        logged.start();
        root.addAppender(logged);
        try {
            wrongPins();
        } finally {
            root.detachAppender(logged);
        }
        var ours = logged.list.stream().filter(e -> e.getLoggerName().startsWith("zwfw.kiosk.app.screen")
                || e.getLoggerName().startsWith("zwfw.kiosk.core")).map(e -> e.getFormattedMessage()).toList();
        assertTrue(ours.stream().anyMatch(m -> m.contains("wrong staff PIN (4 of 5)")), ours.toString());
        assertTrue(ours.stream().anyMatch(m -> m.contains("PIN pad locked for")), ours.toString());
        assertFalse(ours.stream().anyMatch(m -> m.contains("2468") || m.contains("1111") || m.contains("1357")), "no PIN in the log: " + ours);
    }

    private void wrongPins() {
        openStaffPanel();
        typePin("1111");
        await().atMost(PIN_CHECKED).until(() -> "密码错误，还可再试 4 次".equals(kiosk.text("staff-problem")));
        assertFalse(shown("staff-lock"));
        for (int i = 3; i >= 1; i--) {
            typePin("1358");
            int left = i;
            await().atMost(PIN_CHECKED).until(() -> ("密码错误，还可再试 " + left + " 次").equals(kiosk.text("staff-problem")));
        }
        typePin("0000");
        await().atMost(PIN_CHECKED).until(() -> kiosk.text("staff-problem").matches("密码错误次数过多，请 (300|299|298) 秒后再试"));

        typePin("2468"); // even the right PIN is not checked while the pad is locked
        await().during(Duration.ofMillis(800)).atMost(SOON).until(() -> !shown("staff-lock"));
        assertTrue(kiosk.text("staff-problem").startsWith("密码错误次数过多"));
        assertFalse(kiosk.app().navigator().service().inService(), "a staff session holds the kiosk out of service");
        kiosk.click("staff-close");
        await().atMost(PIN_CHECKED).until(() -> kiosk.app().navigator().service().inService());
    }
}
