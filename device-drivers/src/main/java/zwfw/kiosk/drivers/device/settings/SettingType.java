package zwfw.kiosk.drivers.device.settings;

/**
 * What kind of value a driver setting holds. A settings page offers the matching control: a number
 * field with its range, a list of choices, a port picker, a switch.
 */
public enum SettingType {
    /** A whole number within the setting's range. */
    INTEGER("a whole number"),
    /** A length of time, written as a whole number of the setting's unit (e.g. {@code pollMillis: 200}). */
    DURATION("a whole number"),
    /** Free text up to the setting's length. */
    TEXT("a text"),
    /** One of a fixed list of words. */
    CHOICE("one of"),
    /** A file or directory. */
    PATH("a file or directory path"),
    /** The device node of a port: a serial line ({@code /dev/ttyUSB0}, {@code /dev/serial/by-id/…}) or a printer node. */
    PORT("a device path such as /dev/ttyUSB0"),
    /** A host name or IP address. */
    HOST("a host name or IP address"),
    /** true or false. */
    BOOLEAN("true or false"),
    /** Bytes written as hexadecimal, e.g. {@code "16 54 0D"}. */
    HEX_BYTES("hexadecimal bytes such as \"16 54 0D\""),
    /** A list of words, e.g. a command line. */
    TEXT_LIST("a list of texts");

    private final String description;

    SettingType(String description) {
        this.description = description;
    }

    /** How a message names this type: "a whole number", "true or false" … */
    public String description() {
        return description;
    }
}
