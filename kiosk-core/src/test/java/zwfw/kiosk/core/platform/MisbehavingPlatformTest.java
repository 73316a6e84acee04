package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's client against a platform that misbehaves, over real HTTP on 127.0.0.1 (the JDK's
 * server answering whatever a test sets): oversized, endless, trailing-garbage and out-of-range
 * answers are each a clear {@link PlatformError}, never an out-of-memory error or a hang.
 */
class MisbehavingPlatformTest {
    /** What the server answers next: status, body bytes, whether to declare the length, and a streamed size. */
    record Answer(int status, byte[] body, boolean declareLength, long streamBytes) {
        static Answer json(int status, String body) {
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), true, 0);
        }

        static Answer streamed(int status, long bytes) {
            return new Answer(status, null, false, bytes);
        }
    }

    HttpServer server;
    volatile Answer answer;
    final AtomicLong bytesSent = new AtomicLong();
    PlatformClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new PlatformClient(PlatformSettings.of("http://127.0.0.1:" + server.getAddress().getPort(), "KSK-330304-0001", "s3cret")
                .withTimeouts(new PlatformTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        x.getRequestBody().readAllBytes();
        Answer a = answer;
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try (OutputStream out = x.getResponseBody()) {
            if (a.body() != null) {
                x.sendResponseHeaders(a.status(), a.declareLength() ? a.body().length : 0);
                out.write(a.body());
                return;
            }
            x.sendResponseHeaders(a.status(), 0); // chunked: no length declared, just bytes
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < a.streamBytes(); sent += chunk.length) {
                out.write(chunk);
                bytesSent.addAndGet(chunk.length);
            }
        } catch (IOException e) {
            // the client hung up after its limit: what it should do
        }
    }

    @Test
    void aDeclaredHugeAnswerIsRefusedBeforeItsBodyIsRead() {
        byte[] big = new byte[(int) AnswerLimits.CASE_ANSWER_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        answer = new Answer(201, big, true, 0);
        PlatformError e = client.submitCase(new byte[] {'{', '}'}).error();
        assertEquals(AnswerLimits.TOO_LARGE, e.code());
        assertEquals(PlatformError.Decision.BACKOFF, e.decision(), "a platform fault: the outbox tries again later");
    }

    @Test
    void anEndlessUndeclaredCatalogStopsOneBytePastItsLimit() {
        answer = Answer.streamed(200, 1L << 40); // a terabyte, if anyone read it all
        PlatformError e = client.catalog(null).error();
        assertEquals(AnswerLimits.TOO_LARGE, e.code());
        // The server's writes also fill socket buffers before it notices the hang-up, so allow some slack.
        assertTrue(bytesSent.get() < 256L * 1024 * 1024, "the client hung up early: " + bytesSent.get() + " bytes sent");
    }

    @Test
    void anAnswerWithTrailingGarbageAfterItsJsonIsNotAnAnswer() {
        answer = Answer.json(200, "{\"caseNo\":\"SA20261124000123\",\"serviceCode\":\"RS-0001\",\"status\":\"ACCEPTED\"} trailing");
        PlatformError e = client.caseStatus("SA20261124000123").error();
        assertEquals(AnswerLimits.BAD_ANSWER, e.code());
        assertEquals(PlatformError.Kind.SERVER, e.kind());
    }

    @Test
    void garbageInsteadOfJsonIsABadAnswer() {
        answer = Answer.json(200, "\u0000\u0001<html>not json");
        assertEquals(AnswerLimits.BAD_ANSWER, client.caseStatus("SA20261124000123").error().code());
    }

    @Test
    void integersBeyondTheirTypeOrWithFractionsAreRefusedNotWrapped() {
        answer = Answer.json(200, "{\"version\": 18446744073709551617, \"services\": []}");
        byte[] body = client.catalog(null).value().body(); // the catalog's bytes reach CatalogSync, which parses them
        assertThrowsIo(body);
        answer = Answer.json(200, "{\"version\": 1.5, \"services\": []}");
        assertThrowsIo(client.catalog(null).value().body());
    }

    private static void assertThrowsIo(byte[] catalog) {
        try {
            zwfw.kiosk.core.catalog.Catalog.parse(catalog);
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError("parsed: " + new String(catalog, StandardCharsets.UTF_8));
    }

    @Test
    void anIdentityWithAnOverlongNameIsRefusedLikeTheKioskRefusesOne() {
        answer = Answer.json(200, "{\"name\":\"" + "张".repeat(100_000) + "\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"11010519491231002X\",\"phone\":null}");
        assertEquals(AnswerLimits.TOO_LARGE, client.exchangeQrToken("abcdefghijklmnop1234").error().code());
        answer = Answer.json(200, "{\"name\":\"" + "张".repeat(201) + "\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"11010519491231002X\",\"phone\":null}");
        assertEquals(AnswerLimits.BAD_ANSWER, client.exchangeQrToken("abcdefghijklmnop1234").error().code());
        answer = Answer.json(200, "{\"name\":\"张三\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"11010519491231002X\",\"phone\":null}");
        assertEquals("张三", client.exchangeQrToken("abcdefghijklmnop1234").value().name());
    }

    @Test
    void aHugeErrorBodyIsIgnoredAndTheStatusStillDecides() {
        answer = Answer.streamed(503, 64L * 1024 * 1024);
        PlatformError e = client.submitCase(new byte[] {'{', '}'}).error();
        assertEquals(503, e.status());
        assertEquals("HTTP_503", e.code());
        assertEquals(PlatformError.Decision.BACKOFF, e.decision());
    }

    @Test
    void anAbsurdRetryAfterIsCappedAtAnHour() {
        answer = Answer.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}");
        server.removeContext("/");
        server.createContext("/", x -> {
            x.getRequestBody().readAllBytes();
            x.getResponseHeaders().set("Retry-After", "9223372036854775807");
            byte[] b = answer.body();
            x.sendResponseHeaders(429, b.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(b);
            }
        });
        assertEquals(Duration.ofHours(1), client.submitCase(new byte[] {'{', '}'}).error().retryAfter());
    }
}
