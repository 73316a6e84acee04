package zwfw.kiosk.drivers.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Recognises complete PNG and JPEG files by their bytes: the signature at the start, the end
 * marker at the end (a JPEG ends with EOI, a PNG with its IEND chunk), and a header that decodes.
 * A half-written file has the signature but not the end, so it is not taken for a picture.
 */
public final class ImageFiles {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    /** What a complete image file is: its content type and pixel size. */
    public record ImageInfo(String contentType, int width, int height) {
    }

    private ImageFiles() {
    }

    /** The content type by the bytes' signature (whether or not the file is complete), or empty. */
    public static Optional<String> contentType(byte[] b) {
        if (startsWith(b, PNG_SIGNATURE)) {
            return Optional.of(CapturedImage.PNG);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(CapturedImage.JPEG);
        }
        return Optional.empty();
    }

    /** The image's type and size if {@code b} is a complete PNG or JPEG whose header decodes; else empty. */
    public static Optional<ImageInfo> inspect(byte[] b) {
        Optional<String> type = contentType(b);
        if (type.isEmpty() || !complete(b, type.get())) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                return w > 0 && h > 0 ? Optional.of(new ImageInfo(type.get(), w, h)) : Optional.empty();
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean complete(byte[] b, String type) {
        if (type.equals(CapturedImage.PNG)) {
            return endsWith(b, PNG_IEND);
        }
        // JPEG: the EOI marker, possibly followed by padding some cameras append
        for (int i = b.length - 1, seen = 0; i > 0 && seen < 64; i--, seen++) {
            if ((b[i - 1] & 0xff) == 0xff && (b[i] & 0xff) == 0xd9) {
                return true;
            }
            if (b[i] != 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] b, byte[] suffix) {
        if (b.length < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (b[b.length - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code img} as JPEG bytes at {@code quality} (0–1): how pages are stored and sent. */
    public static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
