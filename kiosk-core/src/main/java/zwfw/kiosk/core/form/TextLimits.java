package zwfw.kiosk.core.form;

/**
 * The contract's bounds on text (platform-api.md §1): a text field holds at most
 * {@value #TEXT_MAX_CHARS} characters unless the catalog gives the field its own {@code maxLength}.
 * Characters are Unicode code points, so a rare character outside the BMP counts once, as a person sees it.
 * The kiosk's forms, the person's fields and kioskctl all check against these, so none sends what the platform refuses.
 */
public final class TextLimits {
    /** §1: "text fields are at most 200 characters unless the catalog says otherwise". */
    public static final int TEXT_MAX_CHARS = 200;

    private TextLimits() {
    }

    /** The number of characters (code points) in {@code s}. */
    public static int chars(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Whether {@code s} has at most {@code max} characters; cheap for a huge string (its length bounds the count). */
    public static boolean within(String s, int max) {
        return s.length() <= max || chars(s) <= max;
    }

    /**
     * {@code s} cut to at most {@code max} characters without splitting a surrogate pair: for texts the
     * kiosk makes itself (a device's detail, a comment already bounded on screen) where cutting beats refusing.
     */
    public static String cut(String s, int max) {
        if (s == null || within(s, max)) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** The field's own limit from the catalog, else the contract's default. */
    public static int limitOf(Integer catalogMaxLength) {
        return catalogMaxLength == null ? TEXT_MAX_CHARS : catalogMaxLength;
    }

    /** Whether {@code s} holds a control character (a line break, NUL, escape…), which no name or number has. */
    public static boolean hasControl(String s) {
        return s.codePoints().anyMatch(Character::isISOControl);
    }
}
