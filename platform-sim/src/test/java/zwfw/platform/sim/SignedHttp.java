package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A minimal second client written from the contract alone (JDK HttpClient), to test the simulator over HTTP. */
final class SignedHttp {
    record Answer(int status, JsonNode json, HttpResponse<byte[]> raw) {
        String code() {
            return json == null ? null : json.path("code").asText(null);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String base;
    final String kioskId;
    final String secret;
    long timestampShiftMs;
    String fixedNonce;

    SignedHttp(String base, String kioskId, String secret) {
        this.base = base;
        this.kioskId = kioskId;
        this.secret = secret;
    }

    Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers, secret);
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        byte[] bytes = body instanceof byte[] b ? b : JSON.writeValueAsBytes(body);
        return send("POST", path, bytes, Map.of(), secret);
    }

    Answer send(String method, String path, byte[] body, Map<String, String> headers, String signWith)
            throws IOException, InterruptedException {
        String ts = Long.toString(System.currentTimeMillis() + timestampShiftMs);
        String nonce = fixedNonce != null ? fixedNonce : UUID.randomUUID().toString();
        byte[] b = body == null ? new byte[0] : body;
        String canonical = method + "\n" + path + "\n" + ts + "\n" + nonce + "\n" + RequestAuthenticator.sha256Hex(b);
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Kiosk-Id", kioskId).header("X-Timestamp", ts).header("X-Nonce", nonce)
                .header("X-Signature", RequestAuthenticator.hmacHex(signWith, canonical))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(b));
        if (body != null) {
            rb.header("Content-Type", "application/json; charset=utf-8");
        }
        headers.forEach(rb::header);
        HttpResponse<byte[]> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
        boolean isJson = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        JsonNode json = r.body().length == 0 || !isJson ? null : JSON.readTree(r.body());
        return new Answer(r.statusCode(), json, r);
    }

    /** Unsigned admin call. */
    Answer admin(String method, String path, Object body) throws IOException, InterruptedException {
        byte[] b = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(b)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.body().length == 0 ? null : JSON.readTree(new String(r.body(), StandardCharsets.UTF_8)), r);
    }
}
