package zwfw.kiosk.core.config;

import java.math.BigInteger;

/**
 * A device setting as a person types it (a {@code KIOSK_DEVICE_*} variable, the maintenance screen's form) read as
 * kiosk.yaml would give it: a whole number exact however long, true or false a flag, anything else the text. The
 * driver's declaration then checks it like a value from the file.
 */
final class TypedText {
    /** Digits beyond this are text: the declaration refuses them as a wrong type, not after reading a huge number. */
    private static final String WHOLE_NUMBER = "[-+]?[0-9]{1,400}";

    private TypedText() {
    }

    /** {@code text}'s value; whitespace around a number or flag is ignored, other text is kept as given. */
    static Object value(String text) {
        String t = text.strip();
        if (t.matches(WHOLE_NUMBER)) {
            return new BigInteger(t);
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        return text;
    }
}
