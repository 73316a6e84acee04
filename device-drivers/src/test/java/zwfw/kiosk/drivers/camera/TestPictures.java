package zwfw.kiosk.drivers.camera;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures for camera tests: a page with print on it, and an empty platform. */
public final class TestPictures {
    private TestPictures() {
    }

    public static byte[] page(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        for (int y = 20; y < h - 20; y += 14) {
            g.fillRect(20, y, (int) (w * 0.4 + (y * 7919 % (w / 2))), 6);
        }
        g.dispose();
        return encode(img, format);
    }

    public static byte[] emptyPlatform(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 32, 35));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return encode(img, format);
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
