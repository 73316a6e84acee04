package zwfw.kiosk.app.tour;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;

/**
 * Walks every screen in Chinese, English and 长辈版 and saves a snapshot of each, to
 * {@code target/screenshots} or, with {@code -Dscreenshots.dir=DIR}, to DIR (the docs use
 * {@code docs/screenshots}). Look at the images: no boxes in place of characters.
 */
class ScreenshotTourTest {
    @TempDir
    Path temp;
    private KioskUnderTest kiosk;
    private Path out;
    private final List<Path> written = new ArrayList<>();

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private void shot(String mode, String screen) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> kiosk.app().stage().getScene().snapshot(null)).get();
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        Path file = out.resolve(screen + "-" + mode + ".png");
        ImageIO.write(b, "png", file.toFile());
        written.add(file);
    }

    private void mode(String mode) {
        if (mode.equals("en")) {
            kiosk.click("language-toggle");
        }
    }

    private void elderlyIf(String mode) {
        if (mode.equals("elderly")) {
            kiosk.click("elderly-toggle");
        }
    }

    @Test
    void everyScreenInChineseEnglishAndElderlyMode() throws Exception {
        for (String mode : List.of("zh", "en", "elderly")) {
            mode(mode);
            if (mode.equals("elderly")) {
                Platform.runLater(() -> kiosk.app().navigator().elderlyProperty().set(true));
            }
            shot(mode, "01-attract");
            kiosk.click("attract-prompt");
            kiosk.awaitScreen("home");
            if (!kiosk.app().navigator().elderlyProperty().get()) {
                elderlyIf(mode);
            }
            shot(mode, "02-home");
            kiosk.click("service-RS-0001");
            kiosk.awaitScreen("identify");
            shot(mode, "03-identify");
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
            kiosk.awaitScreen("form");
            kiosk.click("option-purpose-个人证明");
            kiosk.click("field-phone");
            await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.robot().lookup("#key-1").match(javafx.scene.Node::isVisible)
                    .tryQuery().isPresent());
            for (char c : "138001".toCharArray()) {
                kiosk.click("key-" + c);
            }
            shot(mode, "04-form");
            for (char c : "38000".toCharArray()) {
                kiosk.click("key-" + c);
            }
            kiosk.click("form-next"); // in 长辈版 too: 份数 (optional) shares the page, it has none of its own
            kiosk.awaitScreen("review");
            shot(mode, "05-review");
            kiosk.click("review-confirm");
            kiosk.awaitScreen("result");
            await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.robot().lookup("#receipt-progress").query().isVisible());
            shot(mode, "06-result");
            kiosk.click("result-evaluate");
            kiosk.awaitScreen("evaluation");
            kiosk.click("level-2");
            kiosk.click("reason-wait");
            shot(mode, "07-evaluation");
            kiosk.click("evaluation-submit");
            kiosk.awaitScreen("thanks");
            shot(mode, "07a-thanks");
            kiosk.click("thanks-done");
            kiosk.awaitScreen("takeYourThings"); // the card is still on the reader
            shot(mode, "07b-take-your-card");
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().remove();
            kiosk.awaitScreen("attract");

            // 代办: the card put down on the attract screen is the agent's once 为他人代办 is chosen; step 2 asks for the applicant.
            mode(mode);
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
            kiosk.awaitScreen("home");
            elderlyIf(mode);
            kiosk.click("service-RS-0001");
            kiosk.awaitScreen("form"); // for oneself by default; 为他人代办 on the form makes the card's holder the agent
            kiosk.click("form-agent");
            kiosk.awaitScreen("identify");
            shot(mode, "03a-identify-applicant");
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().remove();
            kiosk.click("end-session");
            kiosk.awaitScreen("attract");

            // Chinese text through pinyin: "wenzhou" composing, its candidates in the bar.
            mode(mode);
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
            kiosk.awaitScreen("home");
            kiosk.robot().interact(() -> kiosk.robot().lookup("#service-search")
                    .queryAs(javafx.scene.control.TextField.class).setText("异地就医"));
            kiosk.click("service-YB-0002");
            kiosk.awaitScreen("form");
            elderlyIf(mode); // on the form itself: 长辈版 has no search box on its home pages
            kiosk.click("field-destination");
            for (char c : "wenzhou".toCharArray()) {
                kiosk.click("key-" + Character.toUpperCase(c));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.robot().lookup("#candidate-0")
                    .match(javafx.scene.Node::isVisible).tryQuery().isPresent());
            shot(mode, "04b-form-pinyin");
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().remove();
            kiosk.click("end-session");
            kiosk.awaitScreen("attract");

            mode(mode);
            kiosk.click("attract-prompt");
            kiosk.awaitScreen("home");
            elderlyIf(mode);
            kiosk.click("home-progress");
            kiosk.awaitScreen("progress");
            String caseNo = kiosk.app().assembly().embeddedPlatform().orElseThrow().cases().get(0).caseNo();
            kiosk.robot().interact(() -> ((javafx.scene.control.TextField) kiosk.robot().lookup("#progress-case-no").query()).setText(caseNo));
            kiosk.click("progress-query");
            await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.text("progress-status").isEmpty());
            shot(mode, "08-progress");
            // 呼叫帮助: the panel with the desk's expected wait and the hotline.
            kiosk.click("help-call");
            await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.robot().lookup("#help-cancel").query().isVisible()
                    && kiosk.app().assembly().help().openCount() == 1);
            WaitForAsyncUtils.waitForFxEvents();
            shot(mode, "13-help");
            kiosk.click("help-cancel");
            var idle = kiosk.app().navigator().idle();
            // Quiet seconds until the question (longer in 长辈版); the header counts the seconds left down too.
            kiosk.robot().interact(() -> {
                while (!idle.askingProperty().get()) {
                    idle.secondPassed();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            shot(mode, "09-idle");
            kiosk.click("idle-more-time");
            kiosk.click("end-session");
            kiosk.awaitScreen("attract");
            mode(mode);
            if (mode.equals("elderly")) {
                Platform.runLater(() -> kiosk.app().navigator().elderlyProperty().set(true));
            }
            Platform.runLater(() -> kiosk.app().navigator().service().platformLock("screenshot"));
            WaitForAsyncUtils.waitForFxEvents();
            shot(mode, "10-out-of-service");
            Platform.runLater(() -> {
                kiosk.app().navigator().service().platformUnlock();
                kiosk.app().navigator().endSession();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(written.size() == 45, "written: " + written.size()); // 15 screens in each of 3 modes
        for (Path p : written) {
            assertTrue(Files.size(p) > 10_000, p + " is an image with content");
        }
    }
}
