package zwfw.platform.sim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Signs one body and sends another, as a man in the middle would. */
final class TamperingClient {
    private final SignedHttp signer;

    TamperingClient(SignedHttp signer) {
        this.signer = signer;
    }

    HttpResponse<String> postTampered(String path) throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        String canonical = "POST\n" + path + "\n" + ts + "\n" + nonce + "\n" + RequestAuthenticator.sha256Hex("{\"level\":5}".getBytes());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(signer.base + path))
                .header("X-Kiosk-Id", signer.kioskId).header("X-Timestamp", ts).header("X-Nonce", nonce)
                .header("X-Signature", RequestAuthenticator.hmacHex(signer.secret, canonical))
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\":1}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
