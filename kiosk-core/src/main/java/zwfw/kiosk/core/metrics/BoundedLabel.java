package zwfw.kiosk.core.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A label value from a set that stays small: a value of the expected shape is kept as it is until
 * {@code max} different values were seen, anything else (another shape, or one too many) becomes
 * {@value #OTHER}. Each label value is a time series in every Prometheus of the district.
 */
final class BoundedLabel {
    static final String OTHER = "other";

    private final Pattern shape;
    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    BoundedLabel(String shape, int max) {
        this.shape = Pattern.compile(shape);
        this.max = max;
    }

    String of(String value) {
        if (value == null || !shape.matcher(value).matches()) {
            return OTHER;
        }
        if (seen.contains(value)) {
            return value;
        }
        synchronized (seen) {
            if (seen.size() < max) {
                seen.add(value);
                return value;
            }
        }
        return OTHER;
    }

    /** A version string as a label: printable ASCII only, at most 64 characters. */
    static String clean(String value) {
        String v = value == null ? "unknown" : value.replaceAll("[^\\x21-\\x7e]", "_");
        return v.length() > 64 ? v.substring(0, 64) : v;
    }
}
