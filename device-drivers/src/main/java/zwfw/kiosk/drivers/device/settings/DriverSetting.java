package zwfw.kiosk.drivers.device.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a driver declares: its name as written under {@code settings:}, its type with range
 * or choices, its default (or that it is required), a short description for staff, and whether it
 * is a secret (never shown back). {@link #convert} turns a value read from configuration into the
 * typed value the driver gets, refusing anything else with one line that says what was expected:
 * numbers are checked exactly (never wrapped), a fraction is not a whole number.
 *
 * @param name        the key under the device's {@code settings:}
 * @param type        the kind of value
 * @param description what the setting does, one short line
 * @param required    true when there is no default and the driver cannot work without it
 * @param defaultValue the typed value used when the setting is absent (Integer, Duration, String,
 *                    Boolean, byte[], List of String), or null
 * @param secret      true when the value must never appear in a message or on a page
 * @param min         smallest value (INTEGER, DURATION in {@code unit}s)
 * @param max         largest value (INTEGER, DURATION in {@code unit}s); for texts, paths and lists the
 *                    longest length in characters or items; for HEX_BYTES the most bytes
 * @param unit        the unit a DURATION is written in (millis or seconds); null otherwise
 * @param choices     the words a CHOICE allows, in their canonical spelling (matched ignoring case)
 */
public record DriverSetting(String name, SettingType type, String description, boolean required, Object defaultValue,
                            boolean secret, long min, long max, ChronoUnit unit, List<String> choices) {

    /** The longest path or port name accepted (Linux's PATH_MAX). */
    public static final int MAX_PATH_LENGTH = 4096;
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]{2,45}\\]?");

    public DriverSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (min > max) {
            throw new IllegalArgumentException(name + ": min > max");
        }
        if (type == SettingType.DURATION && unit == null) {
            throw new IllegalArgumentException(name + ": a duration needs a unit");
        }
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice needs choices");
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code defaultValue} null means none. */
    public static DriverSetting integer(String name, int min, int max, Integer defaultValue, String description) {
        return new DriverSetting(name, SettingType.INTEGER, description, false, defaultValue, false, min, max, null, null);
    }

    /** A length of time written as a whole number of milliseconds, from {@code min} to {@code max}. */
    public static DriverSetting millis(String name, long min, long max, long defaultMillis, String description) {
        return new DriverSetting(name, SettingType.DURATION, description, false, Duration.ofMillis(defaultMillis), false,
                min, max, ChronoUnit.MILLIS, null);
    }

    /** A length of time written as a whole number of seconds, from {@code min} to {@code max}. */
    public static DriverSetting seconds(String name, long min, long max, long defaultSeconds, String description) {
        return new DriverSetting(name, SettingType.DURATION, description, false, Duration.ofSeconds(defaultSeconds), false,
                min, max, ChronoUnit.SECONDS, null);
    }

    /** Free text of at most {@code maxLength} characters, no control characters. */
    public static DriverSetting text(String name, int maxLength, String defaultValue, String description) {
        return new DriverSetting(name, SettingType.TEXT, description, false, defaultValue, false, 0, maxLength, null, null);
    }

    /** One of {@code choices} (matched ignoring case, given back as spelled here). */
    public static DriverSetting choice(String name, List<String> choices, String defaultValue, String description) {
        return new DriverSetting(name, SettingType.CHOICE, description, false, defaultValue, false, 0, 0, null, choices);
    }

    /** A file or directory path. */
    public static DriverSetting path(String name, String defaultValue, String description) {
        return new DriverSetting(name, SettingType.PATH, description, false, defaultValue, false, 1, MAX_PATH_LENGTH, null, null);
    }

    /** A device node such as a serial port; what a settings page offers from the ports present. */
    public static DriverSetting port(String name, String defaultValue, String description) {
        return new DriverSetting(name, SettingType.PORT, description, false, defaultValue, false, 1, MAX_PATH_LENGTH, null, null);
    }

    /** A host name or IP address. */
    public static DriverSetting host(String name, String defaultValue, String description) {
        return new DriverSetting(name, SettingType.HOST, description, false, defaultValue, false, 1, 253, null, null);
    }

    /** true or false. */
    public static DriverSetting flag(String name, boolean defaultValue, String description) {
        return new DriverSetting(name, SettingType.BOOLEAN, description, false, defaultValue, false, 0, 0, null, null);
    }

    /** Bytes in hexadecimal (spaces allowed), at most {@code maxBytes}; empty by default. */
    public static DriverSetting hexBytes(String name, int maxBytes, String description) {
        return new DriverSetting(name, SettingType.HEX_BYTES, description, false, new byte[0], false, 0, maxBytes, null, null);
    }

    /** A list of at most {@code maxItems} words (a YAML list, or one text split at spaces); empty by default. */
    public static DriverSetting textList(String name, int maxItems, String description) {
        return new DriverSetting(name, SettingType.TEXT_LIST, description, false, List.of(), false, 0, maxItems, null, null);
    }

    /** This setting with no default: the device cannot be built without it. */
    public DriverSetting asRequired() {
        return new DriverSetting(name, type, description, true, null, secret, min, max, unit, choices);
    }

    /** This setting as a secret: its value never appears in a message or on a page. */
    public DriverSetting asSecret() {
        return new DriverSetting(name, type, description, required, defaultValue, true, min, max, unit, choices);
    }

    /**
     * The typed value of {@code raw} as read from configuration: Integer, Long, BigInteger for whole
     * numbers; String; Boolean; List. Throws {@link IllegalArgumentException} with what is wrong
     * (e.g. "wrong type: must be a whole number from 50 to 600, not '1e18'").
     */
    public Object convert(Object raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw instanceof java.util.Map<?, ?>) {
            throw wrong("a section of keys");
        }
        return switch (type) {
            case INTEGER -> Math.toIntExact(inRange(wholeNumber(raw)));
            case DURATION -> Duration.of(inRange(wholeNumber(raw)), unit);
            case BOOLEAN -> {
                if (!(raw instanceof Boolean b)) {
                    throw wrong(shown(raw));
                }
                yield b;
            }
            case TEXT -> checkedText(scalarText(raw), false);
            case CHOICE -> {
                String t = scalarText(raw).strip();
                for (String c : choices) {
                    if (c.equalsIgnoreCase(t)) {
                        yield c;
                    }
                }
                throw new IllegalArgumentException("must be one of " + choices + ", not " + shown(raw));
            }
            case PATH, PORT -> {
                String t = checkedText(scalarText(raw).strip(), true);
                try {
                    Path.of(t);
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException("not a usable path: " + e.getReason());
                }
                yield t;
            }
            case HOST -> {
                String t = checkedText(scalarText(raw).strip(), true);
                if (!HOST_NAME.matcher(t).matches() && !(t.contains(":") && IPV6.matcher(t).matches())) {
                    throw wrong(shown(raw));
                }
                yield t;
            }
            case HEX_BYTES -> {
                String t = scalarText(raw).replace(" ", "");
                byte[] bytes;
                try {
                    bytes = HexFormat.of().parseHex(t);
                } catch (IllegalArgumentException e) {
                    throw wrong(shown(raw));
                }
                if (bytes.length > max) {
                    throw new IllegalArgumentException("too long: at most " + max + " bytes, not " + bytes.length);
                }
                yield bytes;
            }
            case TEXT_LIST -> {
                List<String> items = new ArrayList<>();
                if (raw instanceof List<?> list) {
                    for (Object o : list) {
                        if (o == null || o instanceof List<?> || o instanceof java.util.Map<?, ?>) {
                            throw wrong("a list with " + (o == null ? "an empty item" : "a nested structure"));
                        }
                        items.add(checkedText(scalarText(o), true));
                    }
                } else {
                    String t = checkedText(scalarText(raw).strip(), false);
                    if (!t.isEmpty()) {
                        items.addAll(List.of(t.split("\\s+")));
                    }
                }
                if (items.size() > max) {
                    throw new IllegalArgumentException("too long: at most " + max + " items, not " + items.size());
                }
                yield List.copyOf(items);
            }
        };
    }

    /**
     * The typed value of {@code text} as a person types it into a form (no YAML typing): whole
     * numbers in decimal, {@code true}/{@code false}, lists separated by spaces. Same checks as {@link #convert}.
     */
    public Object parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        return switch (type) {
            case INTEGER, DURATION -> convert(t.matches("[-+]?[0-9]{1,400}") ? new BigInteger(t) : (Object) text);
            case BOOLEAN -> convert(t.equalsIgnoreCase("true") ? Boolean.TRUE : t.equalsIgnoreCase("false") ? Boolean.FALSE : (Object) text);
            default -> convert(text);
        };
    }

    /** {@code typed} written back as configuration text ({@code 200}, {@code true}, {@code 16 54 0D}). */
    public String format(Object typed) {
        if (typed instanceof Duration d) {
            return Long.toString(unit == ChronoUnit.SECONDS ? d.toSeconds() : d.toMillis());
        }
        if (typed instanceof byte[] b) {
            return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b);
        }
        if (typed instanceof List<?> l) {
            return String.join(" ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(typed);
    }

    /** What a valid value looks like, for messages and forms: "a whole number from 50 to 600" … */
    public String expected() {
        return switch (type) {
            case INTEGER -> "a whole number from " + min + " to " + max;
            case DURATION -> "a whole number of " + (unit == ChronoUnit.SECONDS ? "seconds" : "milliseconds")
                    + " from " + min + " to " + max;
            case CHOICE -> "one of " + choices;
            case TEXT -> "a text of at most " + max + " characters";
            default -> type.description();
        };
    }

    private IllegalArgumentException wrong(String got) {
        return new IllegalArgumentException("wrong type: must be " + expected() + ", not " + got);
    }

    private long inRange(BigInteger v) {
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("out of range: must be from " + min + " to " + max + ", not "
                    + (secret ? "the given value" : v.toString()));
        }
        return v.longValueExact();
    }

    private BigInteger wholeNumber(Object raw) {
        if (raw instanceof BigInteger b) {
            return b;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigInteger.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof BigDecimal || raw instanceof Double || raw instanceof Float) {
            throw wrong(shown(raw) + " (not a whole number)");
        }
        throw wrong(shown(raw));
    }

    /** The text of a scalar; a boolean is not a text (YAML reads yes/no/on/off as booleans: quote them). */
    private String scalarText(Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        if (raw instanceof Number n) {
            return n.toString();
        }
        if (raw instanceof Boolean) {
            throw wrong(shown(raw) + " (write it in quotes if it is meant as a word)");
        }
        throw wrong(raw instanceof List<?> ? "a list" : shown(raw));
    }

    private String checkedText(String t, boolean nonEmpty) {
        if (nonEmpty && t.isBlank()) {
            throw new IllegalArgumentException("must not be empty: " + expected());
        }
        int length = t.codePointCount(0, t.length());
        long limit = type == SettingType.TEXT || type == SettingType.PATH || type == SettingType.PORT || type == SettingType.HOST
                ? max : MAX_PATH_LENGTH;
        if (length > limit) {
            throw new IllegalArgumentException("too long: at most " + limit + " characters, not " + length);
        }
        int[] points = t.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                throw new IllegalArgumentException("contains a control character (U+" + String.format(Locale.ROOT, "%04X", c)
                        + " at character " + (i + 1) + ")");
            }
        }
        return t;
    }

    private String shown(Object raw) {
        if (secret) {
            return "the given value";
        }
        return quoted(raw);
    }

    /** {@code raw} for a one-line message: texts quoted, control characters escaped, long values cut. */
    public static String quoted(Object raw) {
        String s = String.valueOf(raw);
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        if (s.codePointCount(0, s.length()) > 60) {
            b.append('…');
        }
        return raw instanceof String ? "'" + b + "'" : b.toString();
    }
}
