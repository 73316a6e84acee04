package zwfw.kiosk.drivers.idcard.serial;

import java.util.Arrays;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.card.TextBlock;

/**
 * The data of a successful read: {@code TL PL [FL]} (2 bytes each, big-endian) then the text,
 * photo and fingerprint blocks. Returns {@code null} for data whose lengths do not add up.
 */
final class CardReply {

    private CardReply() {
    }

    static IdCard parse(byte[] data, boolean withFingerprints) {
        int head = withFingerprints ? 6 : 4;
        if (data.length < head) {
            return null;
        }
        int tl = u16(data, 0);
        int pl = u16(data, 2);
        int fl = withFingerprints ? u16(data, 4) : 0;
        if (tl == 0 || head + tl + pl + fl > data.length) {
            return null;
        }
        byte[] text = Arrays.copyOfRange(data, head, head + tl);
        byte[] photo = Arrays.copyOfRange(data, head + tl, head + tl + pl);
        byte[] fp = Arrays.copyOfRange(data, head + tl + pl, head + tl + pl + fl);
        try {
            return TextBlock.parse(text, photo, fp);
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(photo, (byte) 0);
            Arrays.fill(fp, (byte) 0);
        }
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
