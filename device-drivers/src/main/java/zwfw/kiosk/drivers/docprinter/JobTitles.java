package zwfw.kiosk.drivers.docprinter;

import java.util.regex.Pattern;

/**
 * Job titles end up in the spool's control files, the page log and output file names, so a
 * title may only be a neutral label: ASCII letters, digits, {@code . _ -} and spaces. That keeps
 * names (and Chinese text of any kind) out by construction.
 */
public final class JobTitles {
    public static final int MAX_LENGTH = 48;
    private static final Pattern NEUTRAL = Pattern.compile("[A-Za-z0-9._ -]{1," + MAX_LENGTH + "}");

    private JobTitles() {
    }

    /** Returns the title if it is neutral, else throws with a one-line reason (the title itself is not repeated). */
    public static String require(String title) {
        if (title == null || !NEUTRAL.matcher(title).matches() || title.isBlank()) {
            throw new IllegalArgumentException("job title must be 1-" + MAX_LENGTH
                    + " characters of A-Z a-z 0-9 . _ - and space (a neutral label, never a person's data)");
        }
        return title;
    }
}
