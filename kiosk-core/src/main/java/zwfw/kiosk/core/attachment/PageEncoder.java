package zwfw.kiosk.core.attachment;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import zwfw.kiosk.drivers.camera.ImageFiles;

/**
 * Turns a camera picture (PNG or JPEG, any size) into a JPEG the platform accepts: at most
 * {@code maxBytes} (the contract's 5 MiB per attachment), long side at most {@code maxLongSide}
 * (2339 px: A4 at 200 dpi, plenty to read a document). It tries falling JPEG qualities first and
 * only then shrinks the page, so text stays as sharp as the limit allows; it always ends within the limit.
 */
public final class PageEncoder {
    /** The contract's limit per attachment, decoded (§3). */
    public static final long CONTRACT_MAX_BYTES = 5L * 1024 * 1024;
    /** A4's long side (297 mm) at 200 dpi. */
    public static final int A4_200_DPI_LONG_SIDE = 2339;
    private static final float[] QUALITIES = {0.85f, 0.75f, 0.65f, 0.55f, 0.45f};
    private static final double SHRINK = 0.8;

    private final long maxBytes;
    private final int maxLongSide;

    public PageEncoder() {
        this(CONTRACT_MAX_BYTES, A4_200_DPI_LONG_SIDE);
    }

    public PageEncoder(long maxBytes, int maxLongSide) {
        if (maxBytes < 1024 || maxLongSide < 100) {
            throw new IllegalArgumentException("maxBytes must be at least 1024 and maxLongSide at least 100");
        }
        this.maxBytes = maxBytes;
        this.maxLongSide = maxLongSide;
    }

    /** Encodes {@code image} (PNG or JPEG bytes); an unreadable picture is an {@link IllegalArgumentException}. */
    public EncodedPage encode(byte[] image) {
        BufferedImage page = scaled(decode(image), maxLongSide);
        while (true) {
            for (float q : QUALITIES) {
                byte[] jpeg = ImageFiles.jpeg(page, q);
                if (jpeg.length <= maxBytes) {
                    return new EncodedPage(jpeg, page.getWidth(), page.getHeight(), q);
                }
            }
            int longSide = Math.max(page.getWidth(), page.getHeight());
            if (longSide <= 16) {
                throw new IllegalStateException("a page cannot be made smaller than " + maxBytes + " bytes");
            }
            page = scaled(page, (int) (longSide * SHRINK));
        }
    }

    /** Decodes, reading a huge picture subsampled so that memory stays small. */
    private BufferedImage decode(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalArgumentException("the picture is not a PNG or JPEG image");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int longSide = Math.max(r.getWidth(0), r.getHeight(0));
                ImageReadParam p = r.getDefaultReadParam();
                int step = longSide / maxLongSide / 2; // keep at least twice the target for a smooth final scale
                if (step >= 2) {
                    p.setSourceSubsampling(step, step, 0, 0);
                }
                return r.read(0, p);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("the picture cannot be decoded: " + e.getClass().getSimpleName(), e);
        }
    }

    /** An RGB copy whose long side is at most {@code longSide}, halved step by step so text stays readable. */
    static BufferedImage scaled(BufferedImage src, int longSide) {
        int w = src.getWidth();
        int h = src.getHeight();
        double factor = Math.min(1.0, (double) longSide / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = src;
        while (true) {
            boolean halve = current.getWidth() / 2 >= tw && current.getHeight() / 2 >= th;
            int nw = halve ? current.getWidth() / 2 : tw;
            int nh = halve ? current.getHeight() / 2 : th;
            BufferedImage next = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, nw, nh); // transparent PNG areas become paper white, not black
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, nw, nh, null);
            } finally {
                g.dispose();
            }
            current = next;
            if (nw == tw && nh == th) {
                break;
            }
        }
        return current;
    }

}
