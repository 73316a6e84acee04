package zwfw.platform.sim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the four signature headers of section 1 of the contract in two steps: what the headers alone can tell
 * ({@link #beforeBody}: kiosk known, timestamp within ±300 s, nonce well formed and not replayed), before a byte of
 * the body is read; then the signature, which covers the body's hash ({@link #afterBody}).
 */
final class RequestAuthenticator {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,18}");
    private static final long SKEW_MS = 300_000L;

    /** The headers of a request that passed {@link #beforeBody}. */
    record Claim(String kioskId, String secret, String timestamp, String nonce, String signature) {
        @Override
        public String toString() {
            return "Claim[" + kioskId + "]";
        }
    }

    private final Map<String, String> secretsByKiosk;
    private final NonceLedger nonces = new NonceLedger();
    private final Clock clock;

    RequestAuthenticator(Map<String, String> secretsByKiosk, Clock clock) {
        this.secretsByKiosk = Map.copyOf(secretsByKiosk);
        this.clock = clock;
    }

    /** Everything the four headers tell without the body; throws the contract's 401. */
    Claim beforeBody(String kioskId, String timestamp, String nonce, String signature) {
        if (kioskId == null || timestamp == null || nonce == null || signature == null) {
            throw new ApiError(401, "BAD_SIGNATURE", "缺少签名请求头 / missing signature headers");
        }
        String secret = secretsByKiosk.get(kioskId);
        if (secret == null) {
            throw new ApiError(401, "BAD_SIGNATURE", "未知终端 / unknown kiosk");
        }
        if (!TIMESTAMP.matcher(timestamp).matches()) {
            throw new ApiError(401, "TIMESTAMP_SKEW", "时间戳格式错误 / malformed timestamp");
        }
        long now = clock.millis();
        if (Math.abs(now - Long.parseLong(timestamp)) > SKEW_MS) {
            throw new ApiError(401, "TIMESTAMP_SKEW", "终端时钟偏差超过300秒 / clock skew over 300 s");
        }
        if (!NONCE.matcher(nonce).matches()) {
            throw new ApiError(401, "BAD_SIGNATURE", "随机串格式错误 / malformed nonce");
        }
        if (!SIGNATURE.matcher(signature).matches()) {
            throw new ApiError(401, "BAD_SIGNATURE", "签名格式错误 / signature must be 64 lowercase hex digits");
        }
        if (nonces.seen(kioskId, nonce, now)) {
            throw new ApiError(401, "REPLAYED_NONCE", "请求重放 / nonce already used");
        }
        return new Claim(kioskId, secret, timestamp, nonce, signature);
    }

    /** The signature over method, path, timestamp, nonce and the body's hash; records the nonce once it verifies. */
    String afterBody(Claim c, String method, String rawPathAndQuery, byte[] body) {
        String canonical = method + "\n" + rawPathAndQuery + "\n" + c.timestamp() + "\n" + c.nonce() + "\n" + sha256Hex(body);
        String expected = hmacHex(c.secret(), canonical);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), c.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiError(401, "BAD_SIGNATURE", "签名校验失败 / signature does not verify");
        }
        // Recorded only now: an unsigned request cannot use up a kiosk's nonce; two racing copies: one wins.
        if (!nonces.firstUse(c.kioskId(), c.nonce(), clock.millis())) {
            throw new ApiError(401, "REPLAYED_NONCE", "请求重放 / nonce already used");
        }
        return c.kioskId();
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmacHex(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
