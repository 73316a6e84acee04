package zwfw.kiosk.core.speech;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a screen text into what a Mandarin voice should read: everything in Chinese characters, so the
 * engine never switches to an English voice inside Chinese text (espeak-ng does for any Latin letter or
 * digit). Identifiers — case numbers, hotlines, years, the last digits of a phone, anything of four digits
 * or more, or digits mixed with letters — are read digit by digit ("12345" → 一二三四五, never 一万二千…);
 * short counts are read as quantities ("60 秒" → 六十秒); times, dates, percentages and fractions as a
 * Chinese reader says them. Latin letters are read by their Chinese letter names.
 */
public final class MandarinReading {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final Map<String, String> WORDS = Map.of(
            "english", "英文", "id", "身份证", "qr", "二维码", "ok", "好的", "pdf", "文件", "pin", "密码");
    private static final String[] LETTERS = {"诶", "比", "西", "迪", "伊", "艾弗", "吉", "艾尺", "艾", "杰", "开", "艾勒",
        "艾姆", "恩", "欧", "皮", "丘", "阿尔", "艾斯", "提", "优", "维", "达布流", "艾克斯", "歪", "贼德"};

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\dA-Za-z])(\\d{1,3})\\s*/\\s*(\\d{1,3})(?![\\dA-Za-z])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\dA-Za-z])(\\d{1,3})\\.(\\d+)(?![\\dA-Za-z])");
    /** Letters and digits together (SA20261124000123, A4, KS-01): spelled sign by sign. */
    private static final Pattern MIXED = Pattern.compile(
            "[A-Za-z0-9]*(?:[A-Za-z][A-Za-z0-9]*\\d|\\d[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private MandarinReading() {
    }

    /** What to say for {@code text} in Mandarin; personal data is left out first ({@link SpokenPrivacy}). */
    public static String of(String text) {
        String s = SpokenPrivacy.withoutPersonalData(text);
        s = s.replace('\n', '，').replace("·", "，").replace("→", "，");
        s = replace(DATE, s, m -> digitByDigit(m.group(1)) + "年" + quantity(m.group(2)) + "月" + quantity(m.group(3)) + "日");
        s = replace(TIME, s, m -> {
            String minutes = Integer.parseInt(m.group(2)) == 0 ? "整"
                    : (m.group(2).startsWith("0") ? "零" : "") + quantity(m.group(2)) + "分";
            String seconds = m.group(3) == null ? "" : quantity(m.group(3)) + "秒";
            return quantity(m.group(1)) + "点" + minutes + seconds;
        });
        s = replace(PERCENT, s, m -> "百分之" + decimal(m.group(1)));
        s = replace(FRACTION, s, m -> quantity(m.group(1)) + "，共" + quantity(m.group(2)));
        s = replace(DECIMAL, s, m -> decimal(m.group()));
        s = replace(MIXED, s, m -> spell(m.group()));
        s = replace(NUMBER, s, m -> number(m.group()));
        s = replace(WORD, s, m -> word(m.group()));
        s = s.replace("%", "百分比").replace("/", "，"); // a lone sign would make the voice switch to English
        return s.replaceAll("[ \\t]+", " ").strip();
    }

    /** Each digit by its name: 12345 → 一二三四五. */
    public static String digitByDigit(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(DIGITS.charAt(c - '0'));
            }
        }
        return out.toString();
    }

    /** A count of at most three digits as a quantity (60 → 六十, 105 → 一百零五); longer ones digit by digit. */
    static String number(String digits) {
        if (digits.length() >= 4 || (digits.length() > 1 && digits.startsWith("0"))) {
            return digitByDigit(digits);
        }
        return quantity(digits);
    }

    static String quantity(String digits) {
        int n = Integer.parseInt(digits);
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && units > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (units > 0) {
            out.append(DIGITS.charAt(units));
        }
        return out.toString();
    }

    private static String decimal(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? number(text) : number(text.substring(0, dot)) + "点" + digitByDigit(text.substring(dot + 1));
    }

    private static String spell(String token) {
        StringBuilder out = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(DIGITS.charAt(c - '0'));
            } else if (Character.isLetter(c) && c < 128) {
                out.append(LETTERS[Character.toUpperCase(c) - 'A']);
            }
        }
        return out.toString();
    }

    private static String word(String word) {
        String known = WORDS.get(word.toLowerCase(java.util.Locale.ROOT));
        return known != null ? known : spell(word);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
