package zwfw.kiosk.core.config;

/**
 * One thing wrong with the configuration, located precisely enough for staff to fix it:
 * the file, the line (the nearest one where the problem has no line of its own; 0 only for an
 * environment variable), the key path and what is wrong. Never carries a secret's value. Printed
 * as one line {@code FILE:LINE: KEY: what}.
 */
public record ConfigProblem(String source, int line, String key, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(oneLine(source));
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (key != null && !key.isEmpty()) {
            sb.append(TextRules.cut(key)).append(": ");
        }
        return sb.append(oneLine(message)).toString();
    }

    /** Whatever a message quotes, it stays one line. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
    }
}
