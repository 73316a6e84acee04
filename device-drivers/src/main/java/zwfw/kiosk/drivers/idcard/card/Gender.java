package zwfw.kiosk.drivers.idcard.card;

/** Gender codes of GB/T 2261.1 as they appear on the card. */
public enum Gender {
    UNKNOWN("0", "未知"),
    MALE("1", "男"),
    FEMALE("2", "女"),
    UNSPECIFIED("9", "未说明");

    private final String code;
    private final String label;

    Gender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The word printed on the card: 男, 女 … */
    public String label() {
        return label;
    }

    /** The gender for a code, or {@code null} when the code is not in the table. */
    public static Gender ofCode(String code) {
        for (Gender g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        return null;
    }
}
