package zwfw.kiosk.drivers.idcard.sam;

/** The commands (CMD PARA) a host sends a SAM reader (GA 467-2013). */
public enum SamCommand {
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_PHOTO(0x30, 0x01),
    READ_TEXT_PHOTO_FINGERPRINTS(0x30, 0x10),
    READ_LATEST_ADDRESS(0x30, 0x03),
    SAM_STATUS(0x11, 0xFF),
    READ_SAM_ID(0x12, 0xFF),
    RESET_SAM(0x10, 0xFF),
    BAUD_115200(0x60, 0x00),
    BAUD_57600(0x60, 0x01),
    BAUD_38400(0x60, 0x02),
    BAUD_19200(0x60, 0x03),
    BAUD_9600(0x60, 0x04);

    private final int cmd;
    private final int para;

    SamCommand(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    /** The command with these bytes, or {@code null} when it is not one we know. */
    public static SamCommand of(int cmd, int para) {
        for (SamCommand c : values()) {
            if (c.cmd == (cmd & 0xFF) && c.para == (para & 0xFF)) {
                return c;
            }
        }
        return null;
    }
}
