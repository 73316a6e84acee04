package zwfw.kiosk.drivers.printer.layout;

/**
 * How many printer columns a character takes: two for Chinese, Japanese and Korean characters
 * and full-width forms (a 24×24 glyph beside 12×24 Latin), one for others, none for controls
 * and combining marks. Follows the East Asian Width classes W and F of Unicode.
 */
public final class DisplayWidth {
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
            {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
            {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
            {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };

    private DisplayWidth() {
    }

    public static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        for (int[] r : WIDE) {
            if (codePoint >= r[0] && codePoint <= r[1]) {
                return 2;
            }
        }
        return 1;
    }

    public static int of(CharSequence text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }
}
