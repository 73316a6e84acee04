package zwfw.kiosk.drivers.printer.interpreter;

/**
 * One command recognised in an ESC/POS byte stream, or a byte of text. {@code bytes} are the
 * command exactly as received (prefix, parameters and data).
 */
public record EscPosCommand(Type type, byte[] bytes) {

    public enum Type {
        TEXT, LINE_FEED, CARRIAGE_RETURN, INITIALIZE, CHINESE_MODE_ON, CHINESE_MODE_OFF, CODE_PAGE, BOLD, ALIGN,
        CHARACTER_SIZE, FEED_LINES, CUT, QR, RASTER, STATUS_QUERY, OTHER
    }

    /** The byte at {@code index} as 0–255. */
    public int u(int index) {
        return bytes[index] & 0xFF;
    }

    public int length() {
        return bytes.length;
    }
}
