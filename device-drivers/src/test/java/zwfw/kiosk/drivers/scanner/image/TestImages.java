package zwfw.kiosk.drivers.scanner.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Map;
import java.util.Random;

/** Makes test frames: a code drawn on a page, then turned, faded, inverted, blurred and speckled on purpose. */
final class TestImages {

    private TestImages() {
    }

    /** A code as black modules on white, {@code moduleSize} pixels per module, with its quiet zone. */
    static BufferedImage code(BarcodeFormat format, String text, int width, int height) {
        try {
            BitMatrix m = new MultiFormatWriter().encode(text, format, width, height,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A light-grey page of {@code w}×{@code h} with {@code code} centred at (cx, cy), turned by {@code degrees}. */
    static BufferedImage frame(int w, int h, BufferedImage code, double cx, double cy, double degrees) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, w, h);
        place(g, code, cx, cy, degrees);
        g.dispose();
        return page;
    }

    static void place(Graphics2D g, BufferedImage code, double cx, double cy, double degrees) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.rotate(Math.toRadians(degrees));
        t.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
        g.drawImage(code, t, null);
    }

    /** Maps black..white onto {@code dark..light} (a faded print or a dim frame). */
    static BufferedImage contrast(BufferedImage img, int dark, int light) {
        return perPixel(img, v -> dark + v * (light - dark) / 255);
    }

    static BufferedImage invert(BufferedImage img) {
        return perPixel(img, v -> 255 - v);
    }

    /** Adds Gaussian noise of standard deviation {@code sigma} grey levels, from a fixed seed. */
    static BufferedImage noise(BufferedImage img, double sigma, long seed) {
        Random r = new Random(seed);
        return perPixel(img, v -> (int) Math.round(v + r.nextGaussian() * sigma));
    }

    /** A box blur of {@code size}×{@code size} pixels (out-of-focus camera). */
    static BufferedImage blur(BufferedImage img, int size) {
        if (size <= 1) {
            return img;
        }
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage padded = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(img, padded);
        return padded;
    }

    private static BufferedImage perPixel(BufferedImage img, java.util.function.IntUnaryOperator f) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = img.getRGB(x, y) & 0xFF;
                int n = Math.max(0, Math.min(255, f.applyAsInt(v)));
                out.setRGB(x, y, n << 16 | n << 8 | n);
            }
        }
        return out;
    }
}
