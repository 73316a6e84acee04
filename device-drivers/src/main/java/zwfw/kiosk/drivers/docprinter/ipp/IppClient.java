package zwfw.kiosk.drivers.docprinter.ipp;

import com.hp.jipp.encoding.IppPacket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * IPP over HTTP (RFC 8010): jipp encodes and decodes the messages, the JDK's HTTP client carries
 * them. A document goes straight from memory into the request body; nothing touches the disk.
 */
final class IppClient {
    /** Answers to our requests are a few kilobytes; anything far larger is not an IPP printer talking. */
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;
    static final int DEFAULT_PORT = 631;

    private final HttpClient http;
    private final Duration timeout;
    private final AtomicInteger requestIds = new AtomicInteger(1);

    IppClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** Sends one request (with a document after it, or none) and returns the printer's answer. */
    IppPacket send(URI printerUri, IppPacket.Builder request, byte[] document) throws IOException {
        IppPacket packet = request.setRequestId(requestIds.getAndIncrement()).build();
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        packet.write(head);
        HttpRequest.BodyPublisher body = document == null ? HttpRequest.BodyPublishers.ofByteArray(head.toByteArray())
                : HttpRequest.BodyPublishers.ofByteArrays(List.of(head.toByteArray(), document));
        HttpRequest r = HttpRequest.newBuilder(httpUri(printerUri)).timeout(timeout)
                .header("Content-Type", "application/ipp").POST(body).build();
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(r, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream in = answer.body()) {
            if (answer.statusCode() != 200) {
                throw new IOException("HTTP " + answer.statusCode() + " from " + printerUri.getHost());
            }
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw new IOException("answer over " + MAX_ANSWER_BYTES + " bytes");
            }
            return IppPacket.parse(new ByteArrayInputStream(bytes));
        }
    }

    /** {@code ipp://host/path} is {@code http://host:631/path}; {@code ipps} is HTTPS. */
    static URI httpUri(URI ipp) {
        String scheme = ipp.getScheme() == null ? "" : ipp.getScheme().toLowerCase(Locale.ROOT);
        String http = switch (scheme) {
            case "ipp", "http" -> "http";
            case "ipps", "https" -> "https";
            default -> throw new IllegalArgumentException("not an IPP address: " + scheme + "://…");
        };
        int port = ipp.getPort() > 0 ? ipp.getPort() : scheme.startsWith("http") ? (http.equals("https") ? 443 : 80) : DEFAULT_PORT;
        try {
            return new URI(http, null, ipp.getHost(), port, ipp.getPath() == null || ipp.getPath().isEmpty() ? "/" : ipp.getPath(),
                    null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad printer address: " + e.getMessage(), e);
        }
    }

    /** Whether the address is one we can talk to (ipp, ipps, http, https with a host). */
    static boolean isIpp(URI uri) {
        String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (s.equals("ipp") || s.equals("ipps") || s.equals("http") || s.equals("https")) && uri.getHost() != null;
    }
}
