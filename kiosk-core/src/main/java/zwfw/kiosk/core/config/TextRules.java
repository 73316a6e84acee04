package zwfw.kiosk.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * What a text value of the configuration may hold, the same rules the kiosk's parts apply when they
 * start: the platform URL as the HTTP client parses it, identifiers fit for a request header, paths
 * the file system accepts; no control characters anywhere; bounded lengths.
 */
final class TextRules {
    /** The longest text value (the contract's limit for text fields). */
    static final int MAX_TEXT = 200;
    static final int MAX_PATH = 4096;
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private TextRules() {
    }

    /** What is wrong with {@code t} as a value of {@code setting}, or null. */
    static String problem(Setting setting, String t) {
        String control = control(t);
        if (control != null) {
            return control;
        }
        int length = t.codePointCount(0, t.length());
        return switch (setting.type()) {
            case IDENTIFIER -> IDENTIFIER.matcher(t).matches() ? null
                    : "must be 1 to 64 letters, digits, '-' or '_' (starting with a letter or digit), not '" + cut(t) + "'";
            case PATH -> {
                if (length > MAX_PATH) {
                    yield "too long: at most " + MAX_PATH + " characters";
                }
                try {
                    Path.of(t);
                    yield null;
                } catch (InvalidPathException e) {
                    yield "not a usable path: " + e.getReason();
                }
            }
            default -> length > MAX_TEXT ? "too long: at most " + MAX_TEXT + " characters, not " + length : null;
        };
    }

    /** The first control character of {@code t}, described, or null. */
    static String control(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                return "contains a control character (U+" + String.format(Locale.ROOT, "%04X", (int) c) + "): remove it";
            }
        }
        return null;
    }

    /**
     * What is wrong with {@code t} as the platform's base URL, judged by the HTTP client that will
     * use it (OkHttp's {@link HttpUrl}), or null.
     */
    static String platformUrlProblem(String t) {
        String control = control(t);
        if (control != null) {
            return control;
        }
        if (t.length() > MAX_PATH) {
            return "too long: at most " + MAX_PATH + " characters";
        }
        HttpUrl url = HttpUrl.parse(t);
        if (url == null) {
            try {
                URI uri = new URI(t);
                if (uri.getPort() > 65535) {
                    return "port " + uri.getPort() + " is out of range: must be from 1 to 65535";
                }
            } catch (URISyntaxException e) {
                // no better words than the general ones below
            }
            String port = portText(t);
            if (port != null) {
                return "port " + cut(port) + " is out of range: must be from 1 to 65535";
            }
            return "wrong type: must be an http(s) URL or 'embedded', not '" + cut(t) + "'";
        }
        if (!url.username().isEmpty() || !url.password().isEmpty() || url.query() != null || url.fragment() != null) {
            return "must be the platform's base URL, without user name, password, query or fragment";
        }
        return null;
    }

    /** The port of an http(s) URL when it is given as digits (to say "out of range" rather than "not a URL"). */
    private static String portText(String t) {
        java.util.regex.Matcher m = Pattern.compile("(?i)https?://[^/:?#]+:([0-9]+)([/?#].*)?").matcher(t);
        return m.matches() ? m.group(1) : null;
    }

    /** {@code s} fit for a one-line message: control characters escaped, at most 60 characters. */
    static String cut(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE || c == 0x2028 || c == 0x2029) {
                b.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return s.codePointCount(0, s.length()) > 60 ? b + "…" : b.toString();
    }
}
