package zwfw.kiosk.core.scan;

import zwfw.kiosk.drivers.idcard.card.IdNumbers;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says what a scanned code means, so the UI reacts to meaning rather than raw strings:
 * <ul>
 * <li>{@code https://<any host>[/base]/q/<caseNo>} (our receipt's queryUrl) → {@link ScanKind#CASE_QUERY};</li>
 * <li>{@code zwfw://local-case?kiosk=<kioskId>&ref=<clientCaseId UUID>} (a receipt printed offline) →
 *     {@link ScanKind#LOCAL_CASE};</li>
 * <li>{@code zwfw://auth?token=<16–128 of A-Z a-z 0-9 _ ->} (platform API §7) → {@link ScanKind#LOGIN_TOKEN};</li>
 * <li>17 digits and a valid GB 11643 check character → {@link ScanKind#ID_NUMBER};</li>
 * <li>anything else, including near misses (a bad token, a URL without a plausible case number) →
 *     {@link ScanKind#TEXT}.</li>
 * </ul>
 * Surrounding white space (and a byte-order mark some scanners send) is ignored.
 */
public final class ScanClassifier {
    /** Case numbers: letters and digits (dashes and underscores allowed inside), 6–64 long, with a digit. */
    private static final Pattern CASE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{4,62}[A-Za-z0-9]");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

    public ScanMeaning classify(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String caseNo = caseNumberOf(text);
            return caseNo != null ? ScanMeaning.caseQuery(text, caseNo) : ScanMeaning.text(text);
        }
        if (lower.startsWith("zwfw://")) {
            ScanMeaning m = zwfw(text);
            return m != null ? m : ScanMeaning.text(text);
        }
        if (ID_NUMBER.matcher(text).matches() && IdNumbers.isValid(text)) {
            return ScanMeaning.idNumber(text, text.toUpperCase(Locale.ROOT));
        }
        return ScanMeaning.text(text);
    }

    private static String caseNumberOf(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getHost() == null || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int q = path.lastIndexOf("/q/");
        if (q < 0 || path.indexOf('/', q + 3) >= 0) {
            return null; // the case number must be the last segment, right after /q/
        }
        String caseNo;
        try {
            caseNo = URLDecoder.decode(path.substring(q + 3), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!CASE_NO.matcher(caseNo).matches() || caseNo.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return caseNo;
    }

    private static ScanMeaning zwfw(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost() == null ? uri.getAuthority() : uri.getHost();
        if (host == null || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getRawQuery() == null) {
            return null;
        }
        Map<String, String> params = query(uri.getRawQuery());
        if (params == null) {
            return null;
        }
        switch (host.toLowerCase(Locale.ROOT)) {
            case "auth": {
                String token = params.get("token");
                if (params.size() == 1 && token != null && TOKEN.matcher(token).matches()) {
                    return ScanMeaning.loginToken(text, token);
                }
                return null;
            }
            case "local-case": {
                String kiosk = params.get("kiosk");
                String ref = params.get("ref");
                if (kiosk != null && ref != null && KIOSK_ID.matcher(kiosk).matches() && UUID.matcher(ref).matches()) {
                    return ScanMeaning.localCase(text, kiosk, ref.toLowerCase(Locale.ROOT));
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** The query's raw parameters, or null when one repeats or is malformed. */
    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            // No percent-decoding: tokens, kiosk ids and UUIDs never need it, and a code that uses it is not ours.
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if (out.put(key, value) != null) {
                return null;
            }
        }
        return out;
    }
}
