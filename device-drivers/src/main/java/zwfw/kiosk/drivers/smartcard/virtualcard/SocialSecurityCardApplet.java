package zwfw.kiosk.drivers.smartcard.virtualcard;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A social security card (社会保障卡) in software: the application {@code sx1.sh.社会保障}, files
 * EF05 and EF06, records read by tag as {@code tag, length, value}. It answers like a card:
 * {@code 6A82} for an unknown application or file, {@code 6986} for a record read with no file
 * selected, {@code 6A83} for an unknown record, {@code 6Cxx} for a wrong Le, {@code 6D00}/{@code 6E00}
 * for unknown instructions and classes. Encodings are written here by hand (GBK padded with
 * spaces, packed BCD dates), independent of the reading side.
 */
public final class SocialSecurityCardApplet implements CardApplet {
    public static final byte[] APPLICATION_ID = HexFormat.of().parseHex("7378312E73682EC9E7BBE1B1A3D5CF");
    /** A plausible T=1 ATR with historical bytes "SSCARD". */
    private static final byte[] ATR = HexFormat.of().parseHex("3B8680015353434152447F");

    private final Map<Integer, Map<Integer, byte[]>> files = new HashMap<>();
    private boolean applicationSelected;
    private Integer currentFile;

    public SocialSecurityCardApplet(SocialSecurityCardData data) {
        Map<Integer, byte[]> ef05 = new HashMap<>();
        ef05.put(0x01, padded(data.cardId(), StandardCharsets.US_ASCII, 16));
        ef05.put(0x05, bcdDate(data.issueDate()));
        ef05.put(0x06, bcdDate(data.expiryDate()));
        ef05.put(0x07, padded(data.cardNumber(), StandardCharsets.US_ASCII, 9));
        Map<Integer, byte[]> ef06 = new HashMap<>();
        ef06.put(0x08, padded(data.idNumber(), StandardCharsets.US_ASCII, 18));
        ef06.put(0x09, padded(data.name(), Charset.forName("GBK"), 30));
        ef06.put(0x0A, new byte[] {(byte) data.sex()});
        ef06.put(0x0B, HexFormat.of().parseHex(data.ethnicity()));
        ef06.put(0x0C, HexFormat.of().parseHex(data.birthplace()));
        ef06.put(0x0D, bcdDate(data.birthDate()));
        files.put(0xEF05, ef05);
        files.put(0xEF06, ef06);
    }

    @Override
    public byte[] atr() {
        return ATR.clone();
    }

    @Override
    public synchronized void reset() {
        applicationSelected = false;
        currentFile = null;
    }

    @Override
    public synchronized byte[] process(byte[] c) {
        if (c == null || c.length < 4) {
            return sw(0x6700);
        }
        if (c[0] != 0x00) {
            return sw(0x6E00);
        }
        int ins = c[1] & 0xFF;
        int p1 = c[2] & 0xFF;
        int p2 = c[3] & 0xFF;
        return switch (ins) {
            case 0xA4 -> select(c, p1, p2);
            case 0xB2 -> readRecord(c, p1, p2);
            default -> sw(0x6D00);
        };
    }

    private byte[] select(byte[] c, int p1, int p2) {
        if (c.length < 5 || c.length < 5 + (c[4] & 0xFF)) {
            return sw(0x6700);
        }
        byte[] data = Arrays.copyOfRange(c, 5, 5 + (c[4] & 0xFF));
        if (p1 == 0x04 && p2 == 0x00) {
            if (!Arrays.equals(data, APPLICATION_ID)) {
                return sw(0x6A82);
            }
            applicationSelected = true;
            currentFile = null;
            return sw(0x9000);
        }
        if (p1 == 0x02 && p2 == 0x00) {
            if (data.length != 2) {
                return sw(0x6700);
            }
            int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
            if (!applicationSelected || !files.containsKey(fid)) {
                return sw(0x6A82);
            }
            currentFile = fid;
            return sw(0x9000);
        }
        return sw(0x6A86);
    }

    private byte[] readRecord(byte[] c, int tag, int p2) {
        if (p2 != 0x00) {
            return sw(0x6A86);
        }
        if (currentFile == null) {
            return sw(0x6986);
        }
        byte[] value = files.get(currentFile).get(tag);
        if (value == null) {
            return sw(0x6A83);
        }
        int full = value.length + 2;
        int le = c.length == 5 ? (c[4] & 0xFF) : -1;
        if (le != full) {
            return sw(0x6C00 | full);
        }
        byte[] out = new byte[full + 2];
        out[0] = (byte) tag;
        out[1] = (byte) value.length;
        System.arraycopy(value, 0, out, 2, value.length);
        out[full] = (byte) 0x90;
        out[full + 1] = 0x00;
        return out;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    private static byte[] padded(String text, Charset charset, int length) {
        byte[] raw = text.getBytes(charset);
        if (raw.length > length) {
            throw new IllegalArgumentException("value longer than its " + length + "-byte record");
        }
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) 0x20);
        System.arraycopy(raw, 0, out, 0, raw.length);
        return out;
    }

    private static byte[] bcdDate(LocalDate date) {
        return HexFormat.of().parseHex(String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    }
}
