package zwfw.kiosk.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites anything shaped like a resident ID number (18 characters, or the old 15 digits) or a
 * mainland mobile number so that it can be shown or logged: {@code 330304********1234},
 * {@code 138****8000}. It works on shape, not validity, so a mistyped number is masked too.
 */
public final class PersonalDataMasker {
    // 6 region digits, 8 hidden, 3 sequence digits and a check character; not inside a longer run of digits.
    private static final Pattern ID_18 = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{5}(\\d{4})(?![0-9A-Za-z])");
    // Optional +86/86 prefix, then 1[3-9]x, 4 hidden digits, 4 shown; spaces or hyphens between groups allowed.
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])((?:\\+?86[- ]?)?1[3-9]\\d)([- ]?)\\d{4}([- ]?)(\\d{4})(?![0-9])");

    private PersonalDataMasker() {
    }

    /** The text with every ID-number-shaped and mobile-shaped run masked; null stays null. */
    public static String mask(CharSequence text) {
        if (text == null) {
            return null;
        }
        String s = text.toString();
        if (!containsDigitRun(s)) {
            return s; // the common case in logs: nothing to scan
        }
        s = replace(ID_18, s, m -> m.group(1) + "********" + m.group(2));
        s = replace(ID_15, s, m -> m.group(1) + "*****" + m.group(2));
        s = replace(MOBILE, s, m -> m.group(1) + m.group(2) + "****" + m.group(3) + m.group(4));
        return s;
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether the text has at least 11 digits in a row (ignoring single separators): anything shorter is safe. */
    private static boolean containsDigitRun(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 11) {
                    return true;
                }
            } else if (c != ' ' && c != '-' && c != '+') {
                run = 0;
            }
        }
        return false;
    }
}
