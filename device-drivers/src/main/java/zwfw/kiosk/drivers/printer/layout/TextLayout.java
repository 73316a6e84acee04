package zwfw.kiosk.drivers.printer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out in fixed printer columns, measuring display width ({@link DisplayWidth}): wraps
 * between whole characters (never inside a surrogate pair), prefers to break Latin text at a
 * space, keeps closing punctuation off the start of a line, honours line breaks, and lays out
 * label/value rows.
 */
public final class TextLayout {
    /** Punctuation a Chinese line must not start with. */
    private static final String CLOSING_PUNCTUATION = "，。、；：？！）》」』”’…,.;:?!)%";

    private TextLayout() {
    }

    /**
     * Wraps {@code text} into lines of at most {@code columns} display columns. A space where a
     * line is broken is dropped; control characters other than line feed are dropped.
     */
    public static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be at least 2 (one Chinese character)");
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            wrapParagraph(clean(paragraph), columns, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, int columns, List<String> out) {
        if (text.isEmpty()) {
            out.add("");
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int width = 0;
            int i = start;
            int lastSpace = -1;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int w = DisplayWidth.of(cp);
                if (width + w > columns) {
                    break;
                }
                if (cp == ' ') {
                    lastSpace = i;
                }
                width += w;
                i += Character.charCount(cp);
            }
            if (i >= text.length()) {
                out.add(text.substring(start));
                return;
            }
            int next = text.codePointAt(i);
            int end = i;
            if (next != ' ' && lastSpace > start && isWordChar(text.codePointBefore(i)) && isWordChar(next)) {
                end = lastSpace; // break a Latin word at the last space rather than inside it
            } else if (CLOSING_PUNCTUATION.indexOf(next) >= 0) {
                end = keepPunctuationOffLineStart(text, start, end);
            }
            out.add(stripTrailingSpaces(text.substring(start, end)));
            start = end;
            if (start < text.length() && text.charAt(start) == ' ') {
                start++; // the space at the break is not printed
            }
        }
    }

    /**
     * Moves the break back so the next line starts with the character before the closing marks
     * ("，" or "。" never starts a line); keeps the break where that would empty the line.
     */
    private static int keepPunctuationOffLineStart(String text, int start, int end) {
        int e = end;
        while (e > start && CLOSING_PUNCTUATION.indexOf(text.codePointAt(e)) >= 0) {
            e = text.offsetByCodePoints(e, -1);
        }
        if (e <= start || text.codePointAt(e) == ' ' || CLOSING_PUNCTUATION.indexOf(text.codePointAt(e)) >= 0) {
            return end;
        }
        return e;
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A label and its value: on one line with the value right-aligned when both fit, else the
     * value wraps under itself, indented by the label's width (or on lines of its own when the
     * label takes more than half the line).
     */
    public static List<String> row(String label, String value, int columns) {
        String l = clean(label);
        String v = clean(value);
        int lw = DisplayWidth.of(l);
        int vw = DisplayWidth.of(v);
        List<String> out = new ArrayList<>();
        if (lw + vw + 1 <= columns) {
            out.add(l + " ".repeat(columns - lw - vw) + v);
            return out;
        }
        if (lw > columns / 2) {
            out.addAll(wrap(l, columns));
            for (String line : wrap(v, columns - 2)) {
                out.add("  " + line);
            }
            return out;
        }
        List<String> valueLines = wrap(v, columns - lw);
        String indent = " ".repeat(lw);
        for (int i = 0; i < valueLines.size(); i++) {
            out.add((i == 0 ? l : indent) + valueLines.get(i));
        }
        return out;
    }

    /** Pads a line to {@code columns} for centre or right alignment done by spaces. */
    public static String pad(String line, int columns, boolean right) {
        int spare = columns - DisplayWidth.of(line);
        if (spare <= 0) {
            return line;
        }
        return " ".repeat(right ? spare : spare / 2) + line;
    }
}
