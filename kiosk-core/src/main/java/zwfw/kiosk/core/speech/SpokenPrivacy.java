package zwfw.kiosk.core.speech;

import java.util.regex.Pattern;

/**
 * The last guard before a text is spoken: a voice carries across the hall, so whatever looks like personal
 * data is left out even if a screen showed it — masked values ("张*", "110101********1234"), whole ID
 * numbers and whole mobile numbers. The last four digits of a phone ("尾号 1234") may be said.
 */
public final class SpokenPrivacy {
    private static final Pattern MASKED = Pattern.compile("[\\p{L}\\p{N}]*[*＊•●]+[\\p{L}\\p{N}*＊•●]*");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)");

    private SpokenPrivacy() {
    }

    public static String withoutPersonalData(String text) {
        if (text == null) {
            return "";
        }
        String s = MASKED.matcher(text).replaceAll("");
        s = ID_NUMBER.matcher(s).replaceAll("");
        return MOBILE.matcher(s).replaceAll("");
    }
}
