package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;

/**
 * The form with an attachment field and two captured pages, in Chinese, English and 长辈版, saved
 * as {@code 11-form-attachment-{zh,en,elderly}.png} beside the tour's screenshots
 * ({@code -Dscreenshots.dir=DIR}, else {@code target/screenshots}).
 */
class AttachmentScreenshotTest {
    @TempDir
    Path temp;
    private KioskUnderTest kiosk;
    private Path out;

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

    @Test
    void theAttachmentFormInEveryMode() throws Exception {
        for (String mode : List.of("zh", "en", "elderly")) {
            kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
            kiosk.awaitScreen("home");
            if (mode.equals("en")) {
                kiosk.click("language-toggle");
            } else if (mode.equals("elderly")) {
                kiosk.click("elderly-toggle");
            }
            ServiceItem permit = kiosk.app().assembly().catalog().current().services().stream()
                    .filter(s -> s.code().equals("GA-0001")).findFirst().orElseThrow();
            kiosk.touch(new zwfw.kiosk.core.visit.VisitEvent.Action.ChooseService(permit));
            kiosk.fileForSelf();
            kiosk.awaitScreen("form");
            if (mode.equals("elderly")) {
                // 长辈版 pages the form two fields a page: the rental contract is on the second.
                WaitForAsyncUtils.asyncFx(() -> {
                    kiosk.robot().lookup("#field-address").queryAs(javafx.scene.control.TextField.class).setText("解放路1号");
                    kiosk.robot().lookup("#field-residentSince").queryAs(javafx.scene.control.TextField.class).setText("2025-03-01");
                    kiosk.robot().lookup("#form-next").queryAs(javafx.scene.control.ButtonBase.class).fire();
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
            }
            for (int n = 1; n <= 2; n++) {
                int want = n;
                Platform.runLater(() -> ((javafx.scene.control.Button) kiosk.robot().lookup("#capture-rentalContract").query()).fire());
                await().atMost(Duration.ofSeconds(15)).until(() -> kiosk.text("capture-count-rentalContract").startsWith(want + "/"));
            }
            // the keyboard with digits only, as when the citizen types the number
            WaitForAsyncUtils.asyncFx(() -> kiosk.robot().lookup("#field-phone").query().requestFocus()).get();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(this::scrollToTheAttachment).get();
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage img = WaitForAsyncUtils.asyncFx(() -> kiosk.app().stage().getScene().snapshot(null)).get();
            BufferedImage b = SwingFXUtils.fromFXImage(img, null);
            Path file = out.resolve("11-form-attachment-" + mode + ".png");
            ImageIO.write(b, "png", file.toFile());
            assertTrue(Files.size(file) > 10_000);
            WaitForAsyncUtils.asyncFx(() -> kiosk.app().navigator().endSession()).get();
            kiosk.awaitScreen("attract");
            kiosk.reader().remove();
        }
    }

    /** Scrolls the form so the attachment field's label is at the top. */
    private void scrollToTheAttachment() {
        javafx.scene.Node n = kiosk.robot().lookup("#capture-rentalContract").query();
        javafx.scene.Parent p = n.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane sp) {
            javafx.scene.Node content = sp.getContent();
            double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 160) / range)));
        }
    }

}
