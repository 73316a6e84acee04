package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.screen.staff.StaffPanelViewModel;

/**
 * The staff panel over the out-of-service screen (a staff lock holds; PIN accepted, 恢复服务 offered)
 * in Chinese, English and 长辈版, saved as {@code 12-staff-panel-{zh,en,elderly}.png} beside the
 * tour's screenshots ({@code -Dscreenshots.dir=DIR}, else {@code target/screenshots}).
 */
class StaffPanelScreenshotTest {
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
    void theStaffPanelInEveryMode() throws Exception {
        StaffPanelViewModel panel = kiosk.app().navigator().staffPanelModel();
        WaitForAsyncUtils.asyncFx(() -> kiosk.app().navigator().service().staffLock("screenshot")).get().get(10, java.util.concurrent.TimeUnit.SECONDS);
        for (String mode : List.of("zh", "en", "elderly")) {
            WaitForAsyncUtils.asyncFx(() -> {
                kiosk.app().navigator().messages().localeProperty().set(mode.equals("en")
                        ? zwfw.kiosk.app.i18n.Messages.ENGLISH : zwfw.kiosk.app.i18n.Messages.CHINESE);
                kiosk.app().navigator().elderlyProperty().set(mode.equals("elderly"));
                panel.open();
                "2468".chars().forEach(c -> panel.digit(c - '0'));
                panel.submit();
            }).get();
            await().atMost(Duration.ofSeconds(10)).until(() -> panel.acceptedProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage img = WaitForAsyncUtils.asyncFx(() -> kiosk.app().stage().getScene().snapshot(null)).get();
            BufferedImage b = SwingFXUtils.fromFXImage(img, null);
            Path file = out.resolve("12-staff-panel-" + mode + ".png");
            ImageIO.write(b, "png", file.toFile());
            assertTrue(Files.size(file) > 10_000);
            WaitForAsyncUtils.asyncFx(panel::close).get();
        }
    }
}
