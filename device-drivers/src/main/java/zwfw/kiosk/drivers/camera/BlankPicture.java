package zwfw.kiosk.drivers.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Tells a picture of the camera's empty platform from one of a page: an empty platform is one
 * even tone, a page has print on it. Reads a subsampled copy (about 200 px across), so it costs
 * a few milliseconds even for a 5-megapixel picture.
 */
public final class BlankPicture {
    /** Standard deviation of luminance (0–255) below which a picture shows nothing but the platform. */
    public static final double DEFAULT_THRESHOLD = 4.0;

    private BlankPicture() {
    }

    public static boolean isBlank(byte[] encoded, double threshold) {
        BufferedImage small = readSmall(encoded);
        if (small == null) {
            return false;
        }
        long n = 0;
        double sum = 0;
        double sumSq = 0;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                int rgb = small.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sumSq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sumSq / n - mean * mean)) < threshold;
    }

    private static BufferedImage readSmall(byte[] encoded) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(encoded))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int step = Math.max(1, r.getWidth(0) / 200);
                ImageReadParam p = r.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                return r.read(0, p);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
