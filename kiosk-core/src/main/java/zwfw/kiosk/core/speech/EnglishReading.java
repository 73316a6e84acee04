package zwfw.kiosk.core.speech;

import java.util.regex.Pattern;

/** What an English voice should read: identifiers of four digits or more digit by digit ("1 2 3 4 5"). */
public final class EnglishReading {
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{4,}");

    private EnglishReading() {
    }

    public static String of(String text) {
        String s = SpokenPrivacy.withoutPersonalData(text).replace('\n', ' ');
        return LONG_NUMBER.matcher(s).replaceAll(m -> String.join(" ", m.group().split(""))).strip();
    }
}
