package zwfw.kiosk.drivers.scanner.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.Binarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds QR codes and common barcodes in an image (a document-camera frame or a file) with ZXing.
 * It runs a few passes, cheapest first, and stops at the first that finds something:
 * <ol>
 * <li>local-threshold binarisation ({@link HybridBinarizer}) with {@code TRY_HARDER} (1D codes are
 *     also tried turned by 90°) and multi-code readers, so several codes in one frame are all found;</li>
 * <li>the same after a contrast stretch (faded prints, dim frames);</li>
 * <li>inverted luminance (a light code on a dark ground, as on phone screens in dark mode);</li>
 * <li>the frame halved in size, plain and inverted (averaging removes noise and shrinks blur);</li>
 * <li>a 3×3 mean filter, plain and inverted (sensor noise on codes too small to halve);</li>
 * <li>global-histogram binarisation (evenly lit frames where local thresholds break up large modules);</li>
 * <li>the frame turned by 45° (1D barcodes held at a slant).</li>
 * </ol>
 * QR codes need no rotation pass: their finder patterns make them readable at any angle.
 */
public final class ImageCodeDecoder {
    /** The formats a kiosk meets: QR and Data Matrix on phones and receipts, 1D codes on documents and goods. */
    public static final Set<BarcodeFormat> FORMATS = EnumSet.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX,
            BarcodeFormat.PDF_417, BarcodeFormat.AZTEC, BarcodeFormat.CODE_128, BarcodeFormat.CODE_39,
            BarcodeFormat.CODE_93, BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A,
            BarcodeFormat.UPC_E, BarcodeFormat.ITF, BarcodeFormat.CODABAR);

    private final Map<DecodeHintType, Object> hints;

    public ImageCodeDecoder() {
        this(FORMATS);
    }

    public ImageCodeDecoder(Set<BarcodeFormat> formats) {
        hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.copyOf(formats));
    }

    /** The largest image file read: far above any photo of a code, far below what hurts memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The most pixels an image may declare in its header (100 megapixels); a "PNG bomb" declares billions. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Above this many pixels the image is decoded subsampled, so memory stays bounded (about 64 MB). */
    static final long DECODE_PIXELS = 16_000_000L;

    /**
     * Reads an image file (PNG, JPEG, BMP, GIF) within {@link #MAX_FILE_BYTES} and {@link #MAX_PIXELS};
     * {@link IOException} in plain words when it is missing, not a regular file, too large or not an image.
     */
    public List<DecodedCode> decode(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(file + ": too large (" + size + " bytes, limit " + MAX_FILE_BYTES + ")");
        }
        byte[] data;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            data = in.readNBytes((int) MAX_FILE_BYTES + 1);
        }
        if (data.length > MAX_FILE_BYTES) {
            throw new IOException(file + ": too large (more than " + MAX_FILE_BYTES + " bytes)");
        }
        return decode(data, file.toString());
    }

    /**
     * Decodes image bytes: the header is read first and its declared width × height checked against
     * {@link #MAX_PIXELS} before a single pixel is decoded; large images are decoded subsampled.
     */
    public List<DecodedCode> decode(byte[] data, String name) throws IOException {
        return decode(readBounded(data, name));
    }

    private static BufferedImage readBounded(byte[] data, String name) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(name + ": not an image (PNG, JPEG, BMP or GIF)");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                long w = r.getWidth(0);
                long h = r.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new IOException(name + ": not an image (its header declares " + w + "×" + h + " pixels)");
                }
                if (w * h > MAX_PIXELS) {
                    throw new IOException(name + ": too many pixels (" + w + "×" + h + " = " + w * h + ", limit " + MAX_PIXELS + ")");
                }
                ImageReadParam p = r.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) (w * h) / DECODE_PIXELS));
                if (step >= 2) {
                    p.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = r.read(0, p);
                if (image == null) {
                    throw new IOException(name + ": not an image this decoder can read (PNG, JPEG, BMP or GIF)");
                }
                return image;
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(name + ": ")) {
                throw e;
            }
            throw new IOException(name + ": not an image, or a damaged one (" + e.getClass().getSimpleName() + ")", e);
        } catch (RuntimeException e) {
            throw new IOException(name + ": not an image, or a damaged one (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Every code found, each once, in reading order; empty when there is none. */
    public List<DecodedCode> decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        java.util.function.Supplier<LuminanceSource> halfSource = () -> new BufferedImageLuminanceSource(half(image));
        List<Function<LuminanceSource, List<DecodedCode>>> passes = List.of(
                s -> read(s, HybridBinarizer::new),
                s -> read(ContrastStretch.apply(s), HybridBinarizer::new),
                s -> read(s.invert(), HybridBinarizer::new),
                s -> image.getWidth() >= 400 ? read(halfSource.get(), HybridBinarizer::new) : List.of(),
                s -> image.getWidth() >= 400 ? read(halfSource.get().invert(), HybridBinarizer::new) : List.of(),
                s -> read(Smoothing.box3(s), HybridBinarizer::new),
                s -> read(Smoothing.box3(s).invert(), HybridBinarizer::new),
                s -> read(s, GlobalHistogramBinarizer::new),
                s -> s.isRotateSupported() ? read(s.rotateCounterClockwise45(), HybridBinarizer::new) : List.of());
        for (Function<LuminanceSource, List<DecodedCode>> pass : passes) {
            List<DecodedCode> found = pass.apply(source);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<DecodedCode> read(LuminanceSource source, Function<LuminanceSource, Binarizer> binarizer) {
        BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(source));
        Set<DecodedCode> found = new LinkedHashSet<>();
        try {
            // The QR multi-reader finds several QR codes by their finder patterns; the generic one
            // splits the frame around each find, which also catches 1D codes beside a QR code.
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                found.add(new DecodedCode(r.getBarcodeFormat().name(), r.getText()));
            }
        } catch (NotFoundException e) {
            // no QR code in this pass
        }
        try {
            MultiFormatReader reader = new MultiFormatReader();
            reader.setHints(hints);
            for (Result r : new GenericMultipleBarcodeReader(reader).decodeMultiple(bitmap, hints)) {
                found.add(new DecodedCode(r.getBarcodeFormat().name(), r.getText()));
            }
        } catch (NotFoundException e) {
            // nothing else in this pass
        }
        return new ArrayList<>(found);
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage small = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
        g.dispose();
        return small;
    }
}
