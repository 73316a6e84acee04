package zwfw.kiosk.drivers.printer.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * A QR symbol drawn with ZXing the way a printer draws {@code GS ( k}: the payload's bytes in
 * byte mode, a 4-module quiet zone, square modules of a whole number of dots.
 */
public final class QrSymbol {
    public static final int QUIET_ZONE_MODULES = 4;

    private final ByteMatrix matrix;

    private QrSymbol(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    /** Encodes UTF-8 {@code content}; plain ASCII carries no ECI header, as a printer would send it. */
    public static QrSymbol encode(String content, QrErrorCorrection ec) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        boolean ascii = content.chars().allMatch(c -> c < 0x80);
        if (!ascii) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            QRCode code = Encoder.encode(content, ec.zxing(), hints);
            return new QrSymbol(code.getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("content too long for a QR code (" + content.length() + " characters)", e);
        }
    }

    /** Modules across, without the quiet zone. */
    public int modules() {
        return matrix.getWidth();
    }

    /** The symbol at {@code moduleDots} dots per module, quiet zone included, black on white. */
    public BufferedImage image(int moduleDots) {
        int side = (modules() + 2 * QUIET_ZONE_MODULES) * moduleDots;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(java.awt.Color.BLACK);
        for (int y = 0; y < modules(); y++) {
            for (int x = 0; x < modules(); x++) {
                if (matrix.get(x, y) == 1) {
                    g.fillRect((x + QUIET_ZONE_MODULES) * moduleDots, (y + QUIET_ZONE_MODULES) * moduleDots,
                            moduleDots, moduleDots);
                }
            }
        }
        g.dispose();
        return img;
    }

    /** The module size (1–16 dots) that makes the symbol about {@code targetDots} wide but never wider than {@code maxDots}. */
    public int moduleDotsFor(int targetDots, int maxDots) {
        int withQuiet = modules() + 2 * QUIET_ZONE_MODULES;
        int n = Math.max(1, Math.min(16, targetDots / modules()));
        while (n > 1 && withQuiet * n > maxDots) {
            n--;
        }
        return n;
    }
}
