package zwfw.kiosk.drivers.idcard.sam;

/**
 * Encodes frames: {@code AA AA AA 96 69 | LEN_H LEN_L | payload | CHK}, where LEN counts the
 * payload and CHK and CHK is the XOR of the LEN bytes and the payload. The payload is
 * {@code CMD PARA DATA…} from host to reader and {@code SW1 SW2 SW3 DATA…} back.
 */
public final class SamFrames {
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    static final int HEADER = PREAMBLE.length + 2;
    /** Longer than any frame a reader sends (2,321 bytes with 1024 bytes of fingerprints), with room to spare. */
    public static final int MAX_LEN = 4096;

    private SamFrames() {
    }

    public static byte[] request(SamCommand command) {
        return frame(new byte[] {(byte) command.cmd(), (byte) command.para()});
    }

    /** A reply as a reader sends it (SW1 SW2 are {@code 00 00} unless the card's own status goes there). */
    public static byte[] reply(int sw1, int sw2, int sw3, byte[] data) {
        byte[] payload = new byte[3 + data.length];
        payload[0] = (byte) sw1;
        payload[1] = (byte) sw2;
        payload[2] = (byte) sw3;
        System.arraycopy(data, 0, payload, 3, data.length);
        return frame(payload);
    }

    /** Frames any payload. */
    public static byte[] frame(byte[] payload) {
        int len = payload.length + 1;
        if (len > MAX_LEN) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes is longer than a frame can be");
        }
        byte[] f = new byte[HEADER + len];
        System.arraycopy(PREAMBLE, 0, f, 0, PREAMBLE.length);
        f[5] = (byte) (len >> 8);
        f[6] = (byte) len;
        System.arraycopy(payload, 0, f, HEADER, payload.length);
        f[f.length - 1] = checksum(f, 5, f.length - 1);
        return f;
    }

    /** XOR of {@code bytes[from..to)}. */
    static byte checksum(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return (byte) x;
    }
}
