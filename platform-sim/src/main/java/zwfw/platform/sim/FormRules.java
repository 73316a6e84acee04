package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The platform's validation of a case body against the service's form schema (section 3 and 5). */
final class FormRules {
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Set<String> ID_TYPES = Set.of("RESIDENT_ID", "FOREIGN_PERMANENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT", "OTHER");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    private FormRules() {
    }

    static void person(JsonNode p, String where, boolean phoneRequired) {
        if (p == null || !p.isObject()) {
            throw bad(where, "缺少" + where + " / " + where + " missing");
        }
        if (text(p, "name").isBlank()) {
            throw bad(where + ".name", "姓名不能为空 / name is required");
        }
        String idType = text(p, "idType");
        if (!ID_TYPES.contains(idType)) {
            throw bad(where + ".idType", "证件类型无效 / unknown idType");
        }
        String id = text(p, "idNumber");
        if (id.isBlank() || (idType.equals("RESIDENT_ID") && !validResidentId(id))) {
            throw bad(where + ".idNumber", "证件号码无效 / invalid id number");
        }
        String phone = text(p, "phone");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw bad(where + ".phone", "手机号码无效 / invalid mobile number");
        }
        if (phoneRequired && phone.isEmpty()) {
            throw bad(where + ".phone", "手机号码不能为空 / phone is required");
        }
    }

    /** Checks every form field of the service; {@code attachmentNames} are the names in {@code attachments}. */
    static void form(JsonNode schema, JsonNode form, Set<String> attachmentNames) {
        if (form == null || form.isNull()) {
            form = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!form.isObject()) {
            throw bad("form", "表单格式错误 / form must be an object");
        }
        Set<String> known = new HashSet<>();
        for (JsonNode field : schema) {
            String name = field.path("name").asText();
            known.add(name);
            JsonNode v = form.get(name);
            boolean missing = v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())
                    || (v.isArray() && v.isEmpty()) || (field.path("type").asText().equals("checkbox") && !v.asBoolean(false));
            if (missing) {
                if (field.path("required").asBoolean(false)) {
                    throw bad("form." + name, "必填项未填写 / required field missing: " + name);
                }
                continue;
            }
            check(field, name, v, attachmentNames);
        }
        form.fieldNames().forEachRemaining(n -> {
            if (!known.contains(n)) {
                throw bad("form." + n, "未知表单项 / unknown form field: " + n);
            }
        });
    }

    private static void check(JsonNode field, String name, JsonNode v, Set<String> attachmentNames) {
        String f = "form." + name;
        switch (field.path("type").asText()) {
            case "text" -> {
                if (!v.isTextual()) {
                    throw bad(f, "应为文本 / text expected");
                }
                // Its length (the catalog's maxLength, else 200 characters) is checked with every other text: textLimit.
                if (field.has("pattern") && !Pattern.compile(field.get("pattern").asText()).matcher(v.asText()).matches()) {
                    throw bad(f, "格式不正确 / wrong format");
                }
            }
            case "integer" -> {
                integer(v, f, field.has("min") ? field.get("min").asLong() : Long.MIN_VALUE,
                        field.has("max") ? field.get("max").asLong() : Long.MAX_VALUE);
            }
            case "phone" -> {
                if (!v.isTextual() || !PHONE.matcher(v.asText()).matches()) {
                    throw bad(f, "手机号码无效 / invalid mobile number");
                }
            }
            case "idNumber" -> {
                if (!v.isTextual() || !validResidentId(v.asText())) {
                    throw bad(f, "身份证号码无效 / invalid ID number");
                }
            }
            case "date" -> {
                if (!v.isTextual() || !DATE.matcher(v.asText()).matches()) {
                    throw bad(f, "日期格式应为YYYY-MM-DD / date must be YYYY-MM-DD");
                }
                try {
                    LocalDate.parse(v.asText());
                } catch (DateTimeParseException e) {
                    throw bad(f, "日期无效 / no such date");
                }
            }
            case "select" -> {
                boolean ok = false;
                for (JsonNode o : field.path("options")) {
                    ok |= o.path("value").asText().equals(v.asText()) && v.isTextual();
                }
                if (!ok) {
                    throw bad(f, "选项无效 / not one of the options");
                }
            }
            case "checkbox" -> {
                if (!v.isBoolean()) {
                    throw bad(f, "应为是/否 / true or false expected");
                }
            }
            case "attachment" -> {
                if (!v.isArray()) {
                    throw bad(f, "应为附件名列表 / list of attachment names expected");
                }
                if (field.has("maxCount") && v.size() > field.get("maxCount").asInt()) {
                    throw bad(f, "附件过多 / too many attachments");
                }
                for (JsonNode n : v) {
                    if (!attachmentNames.contains(n.asText())) {
                        throw bad(f, "附件不存在 / attachment not in the case: " + n.asText());
                    }
                }
            }
            default -> throw bad(f, "未知字段类型 / unknown field type");
        }
    }

    /**
     * An integer field checked as an exact value: a float (1.0, 1e18) is not an integer, and an integer beyond
     * 64 bits is out of range, never wrapped. Returns the value.
     */
    static long integer(JsonNode v, String field, long min, long max) {
        if (v == null || v.isNull()) {
            throw bad(field, "缺少整数 / integer required");
        }
        if (!v.isIntegralNumber()) {
            throw bad(field, "应为整数 / integer expected");
        }
        if (!v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw bad(field, min == Long.MIN_VALUE && max == Long.MAX_VALUE ? "整数超出64位范围 / integer beyond 64 bits"
                    : "数值超出范围 / out of range " + min + ".." + max);
        }
        return v.longValue();
    }

    /**
     * The length limit of a case body's text at {@code path}: a form field's catalog maxLength, no limit for an
     * attachment's data (bounded by its decoded size), else the default.
     */
    static int textLimit(JsonNode service, String path) {
        if (path.startsWith("attachments[") && path.endsWith("].dataBase64")) {
            return JsonBodies.UNLIMITED;
        }
        if (path.startsWith("form.") && service != null) {
            String name = path.substring("form.".length());
            for (JsonNode field : service.path("form")) {
                if (field.path("name").asText().equals(name) && field.has("maxLength")) {
                    return field.get("maxLength").asInt();
                }
            }
        }
        return JsonBodies.DEFAULT;
    }

    static boolean validResidentId(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK[sum % 11];
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static ApiError bad(String field, String message) {
        return new ApiError(400, "VALIDATION_FAILED", message, field);
    }
}
