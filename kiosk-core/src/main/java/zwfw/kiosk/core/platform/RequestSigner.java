package zwfw.kiosk.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Signs every request as section 1 of the contract says. Installed as a network interceptor, so
 * each transmission (also OkHttp's own silent retry) gets a fresh timestamp and nonce.
 */
public final class RequestSigner implements Interceptor {
    private static final char[] NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final String kioskId;
    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RequestSigner(String kioskId, String secret, Clock clock) {
        this.kioskId = kioskId;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        byte[] body = new byte[0];
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            body = buffer.readByteArray();
        }
        String timestamp = Long.toString(clock.millis());
        String nonce = nonce();
        String signature = sign(request.method(), rawPathAndQuery(request.url()), timestamp, nonce, body);
        return chain.proceed(request.newBuilder()
                .header("X-Kiosk-Id", kioskId)
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce)
                .header("X-Signature", signature)
                .build());
    }

    /** PATH of the canonical string: the raw path with the raw query string. */
    static String rawPathAndQuery(HttpUrl url) {
        String query = url.encodedQuery();
        return url.encodedPath() + (query == null ? "" : "?" + query);
    }

    String sign(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
        String canonical = method.toUpperCase(java.util.Locale.ROOT) + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce
                + "\n" + sha256Hex(body);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private String nonce() {
        char[] c = new char[32];
        for (int i = 0; i < c.length; i++) {
            c[i] = NONCE_CHARS[random.nextInt(NONCE_CHARS.length)];
        }
        return new String(c);
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
