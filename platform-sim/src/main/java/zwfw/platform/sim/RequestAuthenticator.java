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

/** Checks the four signature headers of section 1 of the contract. */
final class RequestAuthenticator {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final long SKEW_MS = 300_000L;

    private final Map<String, String> secretsByKiosk;
    private final NonceLedger nonces = new NonceLedger();
    private final Clock clock;

    RequestAuthenticator(Map<String, String> secretsByKiosk, Clock clock) {
        this.secretsByKiosk = Map.copyOf(secretsByKiosk);
        this.clock = clock;
    }

    /** Returns the authenticated kiosk id or throws the contract's 401. */
    String authenticate(String method, String rawPathAndQuery, String kioskId, String timestamp, String nonce,
                        String signature, byte[] body) {
        if (kioskId == null || timestamp == null || nonce == null || signature == null) {
            throw new ApiError(401, "BAD_SIGNATURE", "缺少签名请求头 / missing signature headers");
        }
        String secret = secretsByKiosk.get(kioskId);
        if (secret == null) {
            throw new ApiError(401, "BAD_SIGNATURE", "未知终端 / unknown kiosk");
        }
        if (!NONCE.matcher(nonce).matches()) {
            throw new ApiError(401, "BAD_SIGNATURE", "随机串格式错误 / malformed nonce");
        }
        String canonical = method + "\n" + rawPathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
        String expected = hmacHex(secret, canonical);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiError(401, "BAD_SIGNATURE", "签名校验失败 / signature does not verify");
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new ApiError(401, "TIMESTAMP_SKEW", "时间戳格式错误 / malformed timestamp");
        }
        long now = clock.millis();
        if (Math.abs(now - ts) > SKEW_MS) {
            throw new ApiError(401, "TIMESTAMP_SKEW", "终端时钟偏差超过300秒 / clock skew over 300 s");
        }
        if (!nonces.firstUse(kioskId, nonce, now)) {
            throw new ApiError(401, "REPLAYED_NONCE", "请求重放 / nonce already used");
        }
        return kioskId;
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
