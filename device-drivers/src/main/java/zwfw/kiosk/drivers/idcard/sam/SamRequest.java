package zwfw.kiosk.drivers.idcard.sam;

/** A host's command as a reader (the emulator) receives it. */
public record SamRequest(int cmd, int para, byte[] data) {

    /** The request in a decoded payload, or {@code null} when the payload is too short to be one. */
    public static SamRequest parse(byte[] payload) {
        if (payload.length < 2) {
            return null;
        }
        byte[] data = new byte[payload.length - 2];
        System.arraycopy(payload, 2, data, 0, data.length);
        return new SamRequest(payload[0] & 0xFF, payload[1] & 0xFF, data);
    }

    /** The known command, or {@code null}. */
    public SamCommand command() {
        return SamCommand.of(cmd, para);
    }

    @Override
    public String toString() {
        return String.format("SamRequest[%02X %02X, %d data bytes]", cmd, para, data.length);
    }
}
