package zwfw.platform.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Request bodies as contract §1 wants them: exactly one JSON object (trailing bytes and repeated keys are 400
 * MALFORMED), no integer beyond 64 bits anywhere, and every text at most {@link HttpLimits#MAX_TEXT_CHARS}
 * characters unless a field says otherwise. Characters are Unicode code points, so 张 and 𠀀 count one each.
 */
final class JsonBodies {
    /** For {@link #checkLimits}: a field with no length limit (it has its own bound, e.g. an attachment's size). */
    static final int UNLIMITED = -1;
    /** For {@link #checkLimits}: the default limit applies. */
    static final int DEFAULT = 0;

    private final ObjectMapper strict;

    JsonBodies(ObjectMapper json) {
        this.strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // The parser stops at a string no field can hold (the longest is an attachment's base64), before it has
        // built it: a 10 MB string costs a read, not 50 MB of buffers.
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(HttpLimits.MAX_JSON_STRING_CHARS).build());
    }

    /** The body as one JSON object, or 400 MALFORMED. */
    JsonNode object(byte[] body) {
        JsonNode n;
        try {
            n = strict.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new ApiError(400, "VALIDATION_FAILED", "请求体中的值超出限制 / a value beyond the parser's limits: a text over "
                    + HttpLimits.MAX_JSON_STRING_CHARS + " characters, a number over 1000 digits or nesting over 1000 levels");
        } catch (IOException e) {
            throw new ApiError(400, "MALFORMED", "请求体应为一个JSON值 / body must be exactly one JSON value");
        }
        if (n == null || !n.isObject()) {
            throw new ApiError(400, "MALFORMED", "请求体应为JSON对象 / body must be a JSON object");
        }
        return n;
    }

    /**
     * Checks every value of {@code body}: integers within 64 bits, texts within their limit. {@code limitOf} gives
     * a field path ({@code form.address}, {@code attachments[0].dataBase64}) its limit in characters, or
     * {@link #DEFAULT} or {@link #UNLIMITED}. Throws 400 VALIDATION_FAILED naming the first field at fault.
     */
    static void checkLimits(JsonNode body, ToIntFunction<String> limitOf) {
        walk(body, "", limitOf);
    }

    static void checkLimits(JsonNode body) {
        walk(body, "", path -> DEFAULT);
    }

    private static void walk(JsonNode n, String path, ToIntFunction<String> limitOf) {
        if (n.isObject()) {
            for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.codePointCount(0, name.length()) > HttpLimits.MAX_TEXT_CHARS) {
                    throw FormRules.bad(path.isEmpty() ? "(key)" : path, "字段名过长 / field name over 200 characters");
                }
                walk(n.get(name), path.isEmpty() ? name : path + "." + name, limitOf);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "[" + i + "]", limitOf);
            }
        } else if (n.isIntegralNumber() && !n.canConvertToLong()) {
            throw FormRules.bad(path, "整数超出范围 / integer out of range");
        } else if (n.isTextual()) {
            int limit = limitOf.applyAsInt(path);
            int max = limit == DEFAULT ? HttpLimits.MAX_TEXT_CHARS : limit;
            String s = n.textValue();
            // length() bounds the code point count from above: most texts need no counting at all.
            if (max != UNLIMITED && s.length() > max && s.codePointCount(0, s.length()) > max) {
                throw FormRules.bad(path, "内容超过" + max + "个字符 / text over " + max + " characters");
            }
        }
    }

    /**
     * SHA-256 of the body's canonical form (keys sorted at every level, no white space), so the same JSON in
     * another key order is "the same body" for idempotency. Streamed into the digest, never built in memory;
     * the bytes equal those of Jackson's ORDER_MAP_ENTRIES_BY_KEYS, which earlier stores hold.
     */
    String fingerprint(JsonNode n) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha);
             JsonGenerator g = strict.getFactory().createGenerator(out)) {
            canonical(n, g);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void canonical(JsonNode n, JsonGenerator g) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            TreeSet<String> names = new TreeSet<>();
            n.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                g.writeFieldName(name);
                canonical(n.get(name), g);
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) {
                canonical(e, g);
            }
            g.writeEndArray();
        } else {
            strict.writeTree(g, n);
        }
    }
}
