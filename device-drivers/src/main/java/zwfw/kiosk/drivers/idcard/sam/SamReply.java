package zwfw.kiosk.drivers.idcard.sam;

/** A reader's answer: status bytes and data. */
public record SamReply(int sw1, int sw2, int sw3, byte[] data) {

    /** The reply in a decoded payload, or {@code null} when the payload is too short to be one. */
    public static SamReply parse(byte[] payload) {
        if (payload.length < 3) {
            return null;
        }
        byte[] data = new byte[payload.length - 3];
        System.arraycopy(payload, 3, data, 0, data.length);
        return new SamReply(payload[0] & 0xFF, payload[1] & 0xFF, payload[2] & 0xFF, data);
    }

    public SamStatus status() {
        return SamStatus.of(sw3);
    }

    /** E.g. {@code READ_FAILED (41)}. */
    public String describeStatus() {
        return status().describe(sw3);
    }

    @Override
    public String toString() {
        return "SamReply[" + describeStatus() + ", " + data.length + " data bytes]";
    }
}
