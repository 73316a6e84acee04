package zwfw.kiosk.core.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PageEncoderTest {

    static byte[] png(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[x] = r.nextInt(1 << 24);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    static BufferedImage page(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(h / 80f));
        for (int y = h / 20; y < h; y += h / 50) {
            g.drawString("Clause " + y + ": the parties agree to the terms set out below.", w / 12, y);
        }
        g.dispose();
        return img;
    }

    @Test
    void aHugeNoisyPictureStillEndsWithinFiveMebibytes() throws Exception {
        byte[] huge = png(noise(3000, 4200, 1));
        assertTrue(huge.length > PageEncoder.CONTRACT_MAX_BYTES, "the input itself is over the limit: " + huge.length);
        EncodedPage page = new PageEncoder().encode(huge);
        assertTrue(page.size() <= PageEncoder.CONTRACT_MAX_BYTES, "encoded " + page.size() + " bytes");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(page.jpeg()));
        assertEquals(page.width(), back.getWidth());
        assertEquals(page.height(), back.getHeight());
        assertTrue(Math.max(page.width(), page.height()) <= PageEncoder.A4_200_DPI_LONG_SIDE);
        assertEquals(3000.0 / 4200, (double) page.width() / page.height(), 0.01, "the page keeps its proportions");
    }

    @Test
    void aTightLimitIsMetByLoweringQualityThenSize() throws Exception {
        byte[] noisy = png(noise(1200, 1700, 2));
        EncodedPage page = new PageEncoder(200_000, PageEncoder.A4_200_DPI_LONG_SIDE).encode(noisy);
        assertTrue(page.size() <= 200_000, "encoded " + page.size());
        assertTrue(page.width() < 1200, "noise this big only fits smaller: " + page.width());
        assertEquals(0.45f, page.quality(), 0.001f, "all qualities were tried before shrinking");
    }

    @Test
    void anOrdinaryA4PageAt200DpiKeepsItsSizeAndGoodQuality() throws Exception {
        EncodedPage page = new PageEncoder().encode(png(page(1654, 2339)));
        assertEquals(1654, page.width());
        assertEquals(2339, page.height());
        assertEquals(0.85f, page.quality(), 0.001f);
        assertTrue(page.size() < 1_500_000, "a text page is small: " + page.size());
    }

    @Test
    void aFiveMegapixelCameraPictureIsScaledToA4At200Dpi() throws Exception {
        EncodedPage page = new PageEncoder().encode(png(page(1944, 2592)));
        assertEquals(2339, page.height());
        assertEquals(Math.round(1944 * 2339.0 / 2592), page.width(), 1);
    }

    @Test
    void transparentAreasBecomeWhitePaper() throws Exception {
        BufferedImage argb = new BufferedImage(200, 300, BufferedImage.TYPE_INT_ARGB);
        EncodedPage page = new PageEncoder().encode(png(argb));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(page.jpeg()));
        assertTrue((back.getRGB(100, 150) & 0xff) > 240, "white, not black");
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PageEncoder().encode("hello".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("not a PNG or JPEG"), e.getMessage());
    }
}
