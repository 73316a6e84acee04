package zwfw.kiosk.drivers.printer.interpreter;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import zwfw.kiosk.drivers.printer.interpreter.EscPosCommand.Type;

/**
 * Splits an ESC/POS byte stream into commands, one byte at a time, the way a printer does: after
 * a prefix (ESC, GS, FS, DLE) the command byte says how many parameter and data bytes follow, so
 * a {@code DLE EOT} inside raster or QR data is data, not a status query. Unknown commands are
 * passed on as {@link Type#OTHER} with their bytes; nothing is thrown for garbage.
 */
public final class EscPosParser {
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;
    private static final int MAX_COMMAND = 1 << 20; // larger declared lengths are garbage, not data

    private final Consumer<EscPosCommand> sink;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public EscPosParser(Consumer<EscPosCommand> sink) {
        this.sink = sink;
    }

    public void feed(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            feed(data[i]);
        }
    }

    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    public void feed(byte b) {
        int v = b & 0xFF;
        if (pending.size() == 0) {
            if (v == ESC || v == GS || v == FS || v == DLE) {
                pending.write(v);
                return;
            }
            Type t = v == 0x0A ? Type.LINE_FEED : v == 0x0D ? Type.CARRIAGE_RETURN : Type.TEXT;
            if (t == Type.TEXT && v < 0x20) {
                t = Type.OTHER; // a control byte this interpreter does not act on
            }
            sink.accept(new EscPosCommand(t, new byte[] {b}));
            return;
        }
        pending.write(v);
        byte[] cmd = pending.toByteArray();
        int total = totalLength(cmd);
        if (total > 0 && cmd.length >= total) {
            pending.reset();
            sink.accept(new EscPosCommand(type(cmd), cmd));
        }
    }

    /** The command's full length once enough of it is known, 0 while more bytes are needed. */
    static int totalLength(byte[] c) {
        int p = c[0] & 0xFF;
        if (c.length < 2) {
            return 0;
        }
        int fn = c[1] & 0xFF;
        switch (p) {
            case ESC:
                return switch (fn) {
                    case '@', '2', '<', '=' -> fn == '=' ? 3 : 2;
                    case '$', '\\' -> 4;
                    case '*' -> c.length < 5 ? 0 : 5 + bitImageBytes(c);
                    default -> 3;
                };
            case GS:
                switch (fn) {
                    case 'v':
                        if (c.length < 8) {
                            return 0;
                        }
                        long raster = 8L + (long) word(c, 4) * word(c, 6);
                        return raster > MAX_COMMAND ? 8 : (int) raster;
                    case '(':
                        if (c.length < 5) {
                            return 0;
                        }
                        return 5 + word(c, 3);
                    case 'V':
                        if (c.length < 3) {
                            return 0;
                        }
                        int m = c[2] & 0xFF;
                        return m == 'A' || m == 'B' || m == 0x41 || m == 0x42 ? 4 : 3;
                    case 'L', 'W', '$':
                        return 4;
                    case 'k':
                        return barcodeLength(c);
                    default:
                        return 3;
                }
            case FS:
                return fn == '&' || fn == '.' ? 2 : 3;
            case DLE:
                return 3;
            default:
                return 1;
        }
    }

    private static int bitImageBytes(byte[] c) {
        int m = c[2] & 0xFF;
        int n = word(c, 3);
        return (m == 32 || m == 33) ? 3 * n : n;
    }

    private static int barcodeLength(byte[] c) {
        if (c.length < 3) {
            return 0;
        }
        int m = c[2] & 0xFF;
        if (m >= 65) {
            return c.length < 4 ? 0 : 4 + (c[3] & 0xFF);
        }
        // m 0–6: data ends with NUL
        return c[c.length - 1] == 0 && c.length > 3 ? c.length : 0;
    }

    private static int word(byte[] c, int at) {
        return (c[at] & 0xFF) | ((c[at + 1] & 0xFF) << 8);
    }

    private static Type type(byte[] c) {
        int p = c[0] & 0xFF;
        int fn = c.length > 1 ? c[1] & 0xFF : -1;
        if (p == ESC) {
            return switch (fn) {
                case '@' -> Type.INITIALIZE;
                case 'E' -> Type.BOLD;
                case 'a' -> Type.ALIGN;
                case 't' -> Type.CODE_PAGE;
                case 'd' -> Type.FEED_LINES;
                default -> Type.OTHER;
            };
        }
        if (p == GS) {
            return switch (fn) {
                case '!' -> Type.CHARACTER_SIZE;
                case 'V' -> Type.CUT;
                case 'v' -> c.length >= 3 && c[2] == '0' ? Type.RASTER : Type.OTHER;
                case '(' -> c.length >= 3 && c[2] == 'k' ? Type.QR : Type.OTHER;
                default -> Type.OTHER;
            };
        }
        if (p == FS) {
            return fn == '&' ? Type.CHINESE_MODE_ON : fn == '.' ? Type.CHINESE_MODE_OFF : Type.OTHER;
        }
        if (p == DLE && fn == 0x04) {
            return Type.STATUS_QUERY;
        }
        return Type.OTHER;
    }
}
