package zwfw.kiosk.core.config;

/**
 * One thing wrong with the configuration, located precisely enough for staff to fix it:
 * the file, the line (0 where there is none, e.g. an environment variable), the key path and
 * what is wrong. Never carries a secret's value.
 */
public record ConfigProblem(String source, int line, String key, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (key != null && !key.isEmpty()) {
            sb.append(key).append(": ");
        }
        return sb.append(message).toString();
    }
}
