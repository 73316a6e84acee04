package zwfw.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real kiosk boots headless to the Chinese attract screen and switches to English and back. */
class KioskApplicationTest {
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

    @Test
    void bootsToTheChineseAttractScreenAndSwitchesLanguage() {
        assertEquals("attract", kiosk.screen());
        assertEquals("瓯海区政务服务中心", kiosk.text("attract-centre"));
        assertEquals("请将身份证放在读卡区 或 点击屏幕开始", kiosk.text("attract-prompt"));
        assertTrue(kiosk.text("attract-date").contains("年"), kiosk.text("attract-date"));
        assertTrue(kiosk.text("attract-time").matches("\\d\\d:\\d\\d:\\d\\d"));
        assertEquals("English", kiosk.text("language-toggle"));
        assertFalse(kiosk.robot().lookup("#out-of-service").query().isVisible(), "in service with simulated devices");

        kiosk.click("language-toggle");
        assertEquals("Place your ID card on the reader or tap the screen to start", kiosk.text("attract-prompt"));
        assertEquals("中文", kiosk.text("language-toggle"));
        assertFalse(kiosk.text("attract-date").contains("年"), kiosk.text("attract-date"));

        kiosk.click("language-toggle");
        assertEquals("请将身份证放在读卡区 或 点击屏幕开始", kiosk.text("attract-prompt"));
        assertEquals("attract", kiosk.screen(), "the language button does not start a session");
    }

    @Test
    void theWindowIsALockedDownKioskWindow() {
        Stage stage = kiosk.app().stage();
        assertTrue(stage.isAlwaysOnTop());
        assertEquals(KeyCombination.NO_MATCH, stage.getFullScreenExitKeyCombination());
        assertEquals("", stage.getFullScreenExitHint());
        assertEquals(Cursor.NONE, stage.getScene().getCursor(), "ui.showCursor is false in the shipped config");
        assertTrue(stage.getWidth() >= 1920 - 1 && stage.getHeight() >= 1080 - 1, "sized to the screen");
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "a close request is refused");
    }

    @Test
    void theWindowComesBackWhenMinimisedOrTakenOutOfFullScreen() {
        Stage stage = kiosk.app().stage();
        javafx.application.Platform.runLater(() -> stage.setIconified(true));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> !stage.isIconified());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(stage::isFullScreen);
        javafx.application.Platform.runLater(() -> stage.setFullScreen(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(stage::isFullScreen);
    }

    @Test
    void aTapOrAnIdCardOnTheReaderStartsASession() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("end-session");
        kiosk.awaitScreen("attract");
        var reader = kiosk.app().assembly().device(zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader.class).orElseThrow();
        reader.place(zwfw.kiosk.drivers.idcard.simulated.SampleCards.resident());
        kiosk.awaitScreen("home");
    }
}
