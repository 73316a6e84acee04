package zwfw.kiosk.drivers.idcard.sam;

/** The reader's status byte SW3, by name, so errors are reported as words rather than hex. */
public enum SamStatus {
    SUCCESS(0x90, "success"),
    CARD_PRESENT(0x9F, "a card is present"),
    NO_CARD(0x80, "no card"),
    SELECT_FAILED(0x81, "select card failed"),
    READ_FAILED(0x41, "read failed (card moved or bad contact)"),
    WRONG_CARD_TYPE(0x40, "wrong card type"),
    GET_RANDOM_FAILED(0x47, "get-random failed"),
    ITEM_EMPTY(0x91, "this item is empty on the card"),
    BAD_CHECKSUM(0x10, "the reader got a frame with a bad checksum"),
    BAD_LENGTH(0x11, "the reader got a frame with a bad length"),
    UNKNOWN_COMMAND(0x21, "unknown command"),
    NOT_ALLOWED(0x23, "command not allowed in this state"),
    UNKNOWN_ERROR(0x24, "unknown error"),
    CARD_REJECTED_SAM(0x31, "the card failed to authenticate the SAM"),
    SAM_REJECTED_CARD(0x32, "the SAM failed to authenticate the card"),
    VERIFICATION_ERROR(0x33, "verification error"),
    SAM_SELF_TEST_FAILED(0x60, "SAM self-test failed"),
    NOT_AUTHORISED(0x66, "reader not authorised"),
    UNRECOGNISED(-1, "a status this driver does not know");

    private final int code;
    private final String meaning;

    SamStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The SW3 byte ({@code -1} for {@link #UNRECOGNISED}). */
    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the command did what was asked (success, or card present for find card). */
    public boolean isOk() {
        return this == SUCCESS || this == CARD_PRESENT;
    }

    public static SamStatus of(int sw3) {
        for (SamStatus s : values()) {
            if (s.code == (sw3 & 0xFF)) {
                return s;
            }
        }
        return UNRECOGNISED;
    }

    /** The name and hex code, e.g. {@code READ_FAILED (41)}. */
    public String describe(int sw3) {
        return name() + " (" + String.format("%02X", sw3 & 0xFF) + ")";
    }
}
