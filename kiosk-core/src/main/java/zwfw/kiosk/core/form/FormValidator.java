package zwfw.kiosk.core.form;

import zwfw.kiosk.drivers.idcard.card.IdNumbers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import zwfw.kiosk.core.catalog.FieldOption;
import zwfw.kiosk.core.catalog.FormField;

/**
 * Checks what a citizen entered against a service's form schema before anything is submitted, and
 * converts it to the JSON types the platform expects (integers, booleans, lists of attachment names).
 * Values may come typed (from a screen) or as text (from the command line).
 */
public final class FormValidator {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private FormValidator() {
    }

    public static FormCheck check(List<FormField> schema, Map<String, ?> input) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : input.keySet()) {
            if (schema.stream().noneMatch(f -> f.name().equals(name))) {
                problems.add(new FieldProblem(name, "form.unknownField", List.of(name)));
            }
        }
        for (FormField f : schema) {
            Object raw = input.get(f.name());
            if (isEmpty(raw, f)) {
                if (f.isRequired()) {
                    problems.add(problem(f, "form.required"));
                }
                continue;
            }
            Object v = convert(f, raw, problems);
            if (v != null) {
                values.put(f.name(), v);
            }
        }
        return new FormCheck(List.copyOf(problems), values);
    }

    private static boolean isEmpty(Object raw, FormField f) {
        if (raw == null) {
            return true;
        }
        if (raw instanceof String s && s.isBlank()) {
            return true;
        }
        if (raw instanceof Collection<?> c && c.isEmpty()) {
            return true;
        }
        // A required checkbox is one that must be ticked (a consent).
        return switch (f.type()) {
            case CHECKBOX -> f.isRequired() && (Boolean.FALSE.equals(raw) || "false".equalsIgnoreCase(String.valueOf(raw)));
            default -> false;
        };
    }

    private static FieldProblem problem(FormField f, String key, Object... args) {
        return new FieldProblem(f.name(), key, Arrays.asList(args));
    }

    private static Object convert(FormField f, Object raw, List<FieldProblem> problems) {
        switch (f.type()) {
            case TEXT -> {
                if (!(raw instanceof String s)) {
                    problems.add(problem(f, "form.text.invalid"));
                    return null;
                }
                int limit = TextLimits.limitOf(f.maxLength());
                if (!TextLimits.within(s, limit)) {
                    problems.add(problem(f, "form.text.tooLong", limit));
                } else if (f.pattern() != null && !matches(f.pattern(), s)) {
                    problems.add(problem(f, "form.text.pattern"));
                }
                return s;
            }
            case INTEGER -> {
                Long n = asLong(raw);
                if (n == null) {
                    problems.add(problem(f, "form.integer.invalid"));
                    return null;
                }
                if (f.min() != null && n < f.min()) {
                    problems.add(problem(f, "form.integer.tooSmall", f.min()));
                } else if (f.max() != null && n > f.max()) {
                    problems.add(problem(f, "form.integer.tooLarge", f.max()));
                }
                return n;
            }
            case PHONE -> {
                String s = String.valueOf(raw).trim();
                if (!PhoneNumbers.isMainlandMobile(s)) {
                    problems.add(problem(f, "form.phone.invalid"));
                }
                return s;
            }
            case ID_NUMBER -> {
                String s = String.valueOf(raw).trim().toUpperCase(java.util.Locale.ROOT);
                if (!IdNumbers.isValid(s)) {
                    problems.add(problem(f, "form.idNumber.invalid"));
                }
                return s;
            }
            case DATE -> {
                String s = String.valueOf(raw).trim();
                boolean ok = DATE.matcher(s).matches();
                if (ok) {
                    try {
                        LocalDate.parse(s);
                    } catch (DateTimeParseException e) {
                        ok = false;
                    }
                }
                if (!ok) {
                    problems.add(problem(f, "form.date.invalid"));
                }
                return s;
            }
            case SELECT -> {
                String s = String.valueOf(raw);
                List<FieldOption> options = f.options() == null ? List.of() : f.options();
                if (options.stream().noneMatch(o -> o.value().equals(s))) {
                    problems.add(problem(f, "form.select.invalid"));
                }
                return s;
            }
            case CHECKBOX -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                String s = String.valueOf(raw).trim().toLowerCase(java.util.Locale.ROOT);
                if (s.equals("true") || s.equals("false")) {
                    return Boolean.parseBoolean(s);
                }
                problems.add(problem(f, "form.checkbox.invalid"));
                return null;
            }
            case ATTACHMENT -> {
                List<String> names = new ArrayList<>();
                if (raw instanceof Collection<?> c) {
                    c.forEach(o -> names.add(String.valueOf(o)));
                } else if (raw instanceof String s) {
                    for (String part : s.split(",")) {
                        if (!part.isBlank()) {
                            names.add(part.trim());
                        }
                    }
                } else {
                    problems.add(problem(f, "form.attachment.invalid"));
                    return null;
                }
                if (f.maxCount() != null && names.size() > f.maxCount()) {
                    problems.add(problem(f, "form.attachment.tooMany", f.maxCount()));
                } else if (names.stream().anyMatch(n -> !TextLimits.within(n, TextLimits.TEXT_MAX_CHARS))) {
                    problems.add(problem(f, "form.text.tooLong", TextLimits.TEXT_MAX_CHARS));
                }
                return names;
            }
            default -> {
                if (raw instanceof String s && !TextLimits.within(s, TextLimits.TEXT_MAX_CHARS)) {
                    problems.add(problem(f, "form.text.tooLong", TextLimits.TEXT_MAX_CHARS));
                    return null;
                }
                return raw; // a type this kiosk does not know yet: the platform judges it
            }
        }
    }

    private static boolean matches(String pattern, String s) {
        try {
            return Pattern.compile(pattern).matcher(s).matches();
        } catch (PatternSyntaxException e) {
            return true; // a broken pattern in the catalog must not lock citizens out; the platform checks again
        }
    }

    private static Long asLong(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
