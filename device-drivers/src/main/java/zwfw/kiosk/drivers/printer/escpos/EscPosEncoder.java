package zwfw.kiosk.drivers.printer.escpos;

import static zwfw.kiosk.drivers.printer.escpos.EscPosCommands.ESC;
import static zwfw.kiosk.drivers.printer.escpos.EscPosCommands.FS;
import static zwfw.kiosk.drivers.printer.escpos.EscPosCommands.GS;
import static zwfw.kiosk.drivers.printer.escpos.EscPosCommands.LF;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import zwfw.kiosk.drivers.printer.PrintDocument.Align;

/**
 * A small fluent ESC/POS writer: each method appends one command's bytes. Knows the commands,
 * not the paper: layout decisions belong to {@link DocumentEncoder}.
 */
public final class EscPosEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    private final PrinterText text;

    /** @param text how text becomes bytes on this printer (GBK, GB18030 or ASCII) */
    public EscPosEncoder(PrinterText text) {
        this.text = text;
    }

    /** {@code ESC @}: back to power-on settings. */
    public EscPosEncoder initialize() {
        return raw(ESC, 0x40);
    }

    /** {@code FS &} / {@code FS .}: Chinese (double-byte) mode on or off. */
    public EscPosEncoder chineseMode(boolean on) {
        return raw(FS, on ? 0x26 : 0x2E);
    }

    /** {@code ESC t n}: the single-byte code page (only meaningful outside Chinese mode). */
    public EscPosEncoder codePage(int n) {
        return raw(ESC, 0x74, n);
    }

    public EscPosEncoder bold(boolean on) {
        return raw(ESC, 0x45, on ? 1 : 0);
    }

    public EscPosEncoder align(Align align) {
        return raw(ESC, 0x61, switch (align) {
            case LEFT -> 0;
            case CENTER -> 1;
            case RIGHT -> 2;
        });
    }

    /** {@code GS ! n}: width and height multipliers 1–8. */
    public EscPosEncoder size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size multipliers are 1 to 8");
        }
        return raw(GS, 0x21, ((width - 1) << 4) | (height - 1));
    }

    /** Text in the printer's encoding; the caller has checked {@link PrinterText#canPrint}. */
    public EscPosEncoder text(String s) {
        out.writeBytes(text.encode(s));
        return this;
    }

    public EscPosEncoder newline() {
        out.write(LF);
        return this;
    }

    /** {@code ESC d n}: print and feed n lines. */
    public EscPosEncoder feedLines(int n) {
        return raw(ESC, 0x64, Math.max(0, Math.min(255, n)));
    }

    /** {@code GS V 0} / {@code GS V 1}: full or partial cut (takes effect at the start of a line). */
    public EscPosEncoder cut(boolean partial) {
        return raw(GS, 0x56, partial ? 1 : 0);
    }

    /**
     * A native QR code, model 2: model, module size, error correction, store the payload's
     * UTF-8 bytes ({@code pL + 256·pH = bytes + 3}), print.
     */
    public EscPosEncoder qr(String content, int moduleDots, QrErrorCorrection ec) {
        if (moduleDots < 1 || moduleDots > 16) {
            throw new IllegalArgumentException("QR module size is 1 to 16 dots, not " + moduleDots);
        }
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        if (data.length + 3 > 0xFFFF) {
            throw new IllegalArgumentException("QR payload too long: " + data.length + " bytes");
        }
        qrFunction(EscPosCommands.QR_MODEL, EscPosCommands.QR_MODEL_2, 0);
        qrFunction(EscPosCommands.QR_MODULE_SIZE, moduleDots);
        qrFunction(EscPosCommands.QR_ERROR_CORRECTION, ec.code());
        int len = data.length + 3;
        raw(GS, 0x28, 0x6B, len & 0xFF, (len >> 8) & 0xFF, 0x31, EscPosCommands.QR_STORE, 0x30);
        out.writeBytes(data);
        qrFunction(EscPosCommands.QR_PRINT, 0x30);
        return this;
    }

    private void qrFunction(int fn, int... params) {
        int len = params.length + 2; // cn and fn count too
        raw(GS, 0x28, 0x6B, len & 0xFF, (len >> 8) & 0xFF, 0x31, fn);
        for (int p : params) {
            out.write(p);
        }
    }

    /**
     * A picture as {@code GS v 0} raster, in bands of at most {@link EscPosCommands#RASTER_BAND_ROWS}
     * rows. Dark pixels (luminance below half) print.
     */
    public EscPosEncoder raster(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        for (int top = 0; top < image.getHeight(); top += EscPosCommands.RASTER_BAND_ROWS) {
            int rows = Math.min(EscPosCommands.RASTER_BAND_ROWS, image.getHeight() - top);
            raw(GS, 0x76, 0x30, 0, widthBytes & 0xFF, widthBytes >> 8, rows & 0xFF, rows >> 8);
            for (int y = top; y < top + rows; y++) {
                for (int bx = 0; bx < widthBytes; bx++) {
                    int b = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        int x = bx * 8 + bit;
                        if (x < image.getWidth() && isDark(image.getRGB(x, y))) {
                            b |= 0x80 >> bit;
                        }
                    }
                    out.write(b);
                }
            }
        }
        return this;
    }

    private static boolean isDark(int argb) {
        int a = (argb >>> 24) & 0xFF;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int lum = (r * 299 + g * 587 + b * 114) / 1000;
        return a >= 128 && lum < 128;
    }

    public EscPosEncoder raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    public Charset charset() {
        return text.charset();
    }
}
