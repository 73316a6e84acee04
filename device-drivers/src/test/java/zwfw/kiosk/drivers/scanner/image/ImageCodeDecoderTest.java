package zwfw.kiosk.drivers.scanner.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageCodeDecoderTest {
    private static final String URL = "https://platform.example.gov.cn/q/SA20261124000123";
    private final ImageCodeDecoder decoder = new ImageCodeDecoder();

    private static BufferedImage qrFrame(double degrees) {
        return TestImages.frame(640, 480, TestImages.code(BarcodeFormat.QR_CODE, URL, 200, 200), 320, 240, degrees);
    }

    @ParameterizedTest(name = "turned by {0} degrees")
    @ValueSource(ints = {0, 17, 45, 90, 135, 180, 250, 333})
    void aQrCodeIsReadAtAnyAngle(int degrees) {
        assertEquals(List.of(new DecodedCode("QR_CODE", URL)), decoder.decode(qrFrame(degrees)));
    }

    @Test
    void aLightCodeOnADarkGroundIsReadThroughInversion() {
        assertEquals(List.of(new DecodedCode("QR_CODE", URL)), decoder.decode(TestImages.invert(qrFrame(10))));
    }

    @Test
    void aFadedCodeIsReadAfterAContrastStretch() {
        assertEquals(URL, decoder.decode(TestImages.contrast(qrFrame(5), 120, 150)).get(0).text());
    }

    @Test
    void aNoisyBlurredTurnedCodeIsRead() {
        BufferedImage img = TestImages.noise(TestImages.blur(qrFrame(30), 3), 20, 42);
        assertEquals(URL, decoder.decode(img).get(0).text());
    }

    @Test
    void chineseTextInAQrCodeSurvives() {
        String text = "社会保障卡 申领 https://platform.example.gov.cn/q/SA1";
        BufferedImage img = TestImages.frame(640, 480, TestImages.code(BarcodeFormat.QR_CODE, text, 240, 240), 320, 240, 0);
        assertEquals(text, decoder.decode(img).get(0).text());
    }

    @ParameterizedTest(name = "turned by {0} degrees")
    @ValueSource(ints = {0, 90, 180, 270})
    void aCode128BarcodeIsReadUprightOrTurned(int degrees) {
        BufferedImage code = TestImages.code(BarcodeFormat.CODE_128, "SA20261124000123", 360, 90);
        BufferedImage img = TestImages.frame(640, 480, code, 320, 240, degrees);
        assertEquals(List.of(new DecodedCode("CODE_128", "SA20261124000123")), decoder.decode(img));
    }

    @Test
    void anEan13BarcodeHeldAtASlantIsRead() {
        BufferedImage code = TestImages.code(BarcodeFormat.EAN_13, "6901234567892", 300, 100);
        BufferedImage img = TestImages.frame(640, 480, code, 320, 240, 45);
        assertEquals(List.of(new DecodedCode("EAN_13", "6901234567892")), decoder.decode(img));
    }

    @Test
    void everyCodeInAFrameIsFound() {
        BufferedImage page = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 720);
        TestImages.place(g, TestImages.code(BarcodeFormat.QR_CODE, "zwfw://auth?token=AAAAAAAAAAAAAAAA", 220, 220), 250, 360, 0);
        TestImages.place(g, TestImages.code(BarcodeFormat.QR_CODE, URL, 220, 220), 700, 360, 20);
        TestImages.place(g, TestImages.code(BarcodeFormat.CODE_128, "KSK-330304-0001", 300, 80), 1080, 360, 0);
        g.dispose();
        List<String> texts = decoder.decode(page).stream().map(DecodedCode::text).sorted().toList();
        assertEquals(List.of(URL, "KSK-330304-0001", "zwfw://auth?token=AAAAAAAAAAAAAAAA").stream().sorted().toList(), texts);
    }

    @Test
    void aFrameWithoutACodeGivesNothing() {
        BufferedImage empty = TestImages.noise(TestImages.frame(640, 480, new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), 0, 0, 0), 30, 7);
        assertTrue(decoder.decode(empty).isEmpty());
    }

    @Test
    void filesAreReadAndNonImagesAreNamed(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("receipt.png");
        ImageIO.write(qrFrame(0), "png", png.toFile());
        assertEquals(URL, decoder.decode(png).get(0).text());
        Path text = Files.writeString(dir.resolve("note.png"), "not a picture");
        IOException e = assertThrows(IOException.class, () -> decoder.decode(text));
        assertTrue(e.getMessage().contains(": not an image"), e.getMessage());
    }
}
