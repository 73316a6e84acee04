package zwfw.kiosk.drivers.printer.profile;

import java.util.Objects;

/**
 * What one printer model can do, as far as the driver cares: paper and dots, font columns,
 * whether it prints Chinese in its own font (and four-byte GB18030 codes), native QR, its
 * cutter, and the code page for single-byte text. Loaded from data ({@link PrinterProfiles}).
 *
 * @param dotsPerLine printable dots across the paper (384 on 58 mm, 576 on 80 mm at 203 dpi)
 * @param columns     Font A (12×24) characters per line; a Chinese character takes two
 * @param chineseFont the printer has a GBK font and a Chinese mode ({@code FS &})
 * @param gb18030FourByte the Chinese font also prints four-byte GB18030 codes
 * @param nativeQr    the printer understands {@code GS ( k} model 2 QR codes
 * @param codePage    the {@code ESC t n} code page used for single-byte text outside Chinese mode
 * @param feedLinesBeforeCut lines fed so the last printed line clears the cutter or tear bar
 */
public record PrinterProfile(String name, String description, int paperMillimetres, int dotsPerLine, int columns,
                             boolean chineseFont, boolean gb18030FourByte, boolean nativeQr, Cutter cutter,
                             int codePage, int feedLinesBeforeCut) {

    public enum Cutter { NONE, FULL, PARTIAL }

    public PrinterProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cutter, "cutter");
        description = description == null ? "" : description;
        if (dotsPerLine <= 0 || dotsPerLine % 8 != 0) {
            throw new IllegalArgumentException("profile " + name + ": dots per line must be a positive multiple of 8");
        }
        if (columns <= 0) {
            throw new IllegalArgumentException("profile " + name + ": columns must be positive");
        }
        if (gb18030FourByte && !chineseFont) {
            throw new IllegalArgumentException("profile " + name + ": four-byte GB18030 needs the Chinese font");
        }
    }

    public int bytesPerRasterRow() {
        return dotsPerLine / 8;
    }

    /** Dots per millimetre across the head (8 at 203 dpi). */
    public double dotsPerMillimetre() {
        return (double) dotsPerLine / printableMillimetres();
    }

    /** The printable width in millimetres (a 58 mm roll prints 48 mm, an 80 mm roll 72 mm). */
    public double printableMillimetres() {
        return dotsPerLine / 8.0;
    }
}
