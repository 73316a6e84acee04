package zwfw.platform.sim;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every request takes, in this order, so that nothing is read before it is bounded:
 * <ol>
 *   <li>header limits (431 HEADERS_TOO_LARGE);</li>
 *   <li>injected faults, for the kiosk API ({@link Faults});</li>
 *   <li>what the headers alone can tell: declared length (413), and for signed requests kiosk known, timestamp
 *       skew, nonce form and replay (401);</li>
 *   <li>the body, read within its limit and the large-body budget ({@link BodyReader});</li>
 *   <li>the signature, which covers the body's hash; the kiosk switch (403 KIOSK_DISABLED);</li>
 *   <li>the endpoint ({@link Routes}), which sees only a {@link Request} and answers an {@link Answer}.</li>
 * </ol>
 * Every non-2xx answer has the contract's error body (§2), the admin endpoints' too. New endpoints go into a
 * {@link Routes}; they never read the exchange themselves.
 */
final class RequestPipeline implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(RequestPipeline.class);

    /** A request that passed every check: its body is read and, for the kiosk API, its signature verified. */
    record Request(String method, String path, String rawPathAndQuery, Headers headers, String kioskId, byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** An answer: status, body (null for none), content type and extra headers. */
    record Answer(int status, byte[] body, String contentType, Map<String, String> headers) {
        static Answer json(int status, byte[] body) {
            return new Answer(status, body, "application/json; charset=utf-8", Map.of());
        }

        static Answer empty(int status) {
            return new Answer(status, null, null, Map.of());
        }

        Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, body, contentType, h);
        }
    }

    /** The endpoints behind one pipeline. */
    interface Routes {
        Answer answer(Request r) throws IOException, SQLException;
    }

    private final SimContext ctx;
    private final Routes routes;
    private final long maxBody;
    private final boolean signed;

    private RequestPipeline(SimContext ctx, Routes routes, long maxBody, boolean signed) {
        this.ctx = ctx;
        this.routes = routes;
        this.maxBody = maxBody;
        this.signed = signed;
    }

    /** The kiosk API: signed requests, bodies up to {@link HttpLimits#MAX_BODY_BYTES}, faults injected. */
    static RequestPipeline signed(SimContext ctx, Routes routes) {
        return new RequestPipeline(ctx, routes, HttpLimits.MAX_BODY_BYTES, true);
    }

    /** Operator endpoints and pages: unsigned, small bodies, no faults. */
    static RequestPipeline unsigned(SimContext ctx, long maxBody, Routes routes) {
        return new RequestPipeline(ctx, routes, maxBody, false);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        try {
            process(ex);
        } finally {
            ctx.handled(System.nanoTime() - start);
        }
    }

    private void process(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        String raw = path + (query == null ? "" : "?" + query);
        BodyReader.Body body = null;
        try {
            checkHeaders(ex.getRequestHeaders());
            FaultRoll faults = signed ? FaultRoll.of(ctx, path) : FaultRoll.NONE;
            if (faults.answersWithoutProcessing()) {
                BodyReader.drain(ex, maxBody);
                faults.stall();
                faults.answerWithoutProcessing();
            }
            BodyReader.declaredLength(ex, maxBody);
            RequestAuthenticator.Claim claim = signed ? ctx.auth.beforeBody(ex.getRequestHeaders().getFirst("X-Kiosk-Id"),
                    ex.getRequestHeaders().getFirst("X-Timestamp"), ex.getRequestHeaders().getFirst("X-Nonce"),
                    ex.getRequestHeaders().getFirst("X-Signature")) : null;
            body = ctx.bodies.read(ex, maxBody);
            faults.stall();
            String kioskId = null;
            if (signed) {
                kioskId = ctx.auth.afterBody(claim, method, raw, body.bytes());
                if (ctx.faults().kioskDisabled()) {
                    throw new ApiError(403, "KIOSK_DISABLED", "终端已被停用 / kiosk switched off centrally");
                }
            }
            Answer a = routes.answer(new Request(method, path, raw, ex.getRequestHeaders(), kioskId, body.bytes()));
            faults.dropAfterProcessing();
            send(ex, a);
        } catch (ApiError e) {
            log.info("{} {} -> {} {}", method, path, e.status, e.code);
            Answer a = Answer.json(e.status, Http.error(ctx.json, e));
            send(ex, e.retryAfterSeconds == null ? a : a.withHeader("Retry-After", String.valueOf(e.retryAfterSeconds)));
        } catch (SQLException e) {
            log.error("store failure on {} {}", method, path, e);
            send(ex, Answer.json(500, Http.error(ctx.json, new ApiError(500, "INTERNAL", "平台内部错误 / internal error"))));
        } catch (RuntimeException e) {
            log.error("unexpected failure on {} {}", method, path, e);
            send(ex, Answer.json(500, Http.error(ctx.json, new ApiError(500, "INTERNAL", "平台内部错误 / internal error"))));
        } finally {
            if (body != null) {
                body.close();
            }
        }
    }

    /** 431 beyond {@link HttpLimits#MAX_HEADERS} lines or {@link HttpLimits#MAX_HEADER_BYTES} bytes. */
    static void checkHeaders(Headers headers) {
        int lines = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            for (String v : e.getValue()) {
                lines++;
                bytes += e.getKey().length() + (v == null ? 0 : v.length()) + 4;
            }
        }
        if (lines > HttpLimits.MAX_HEADERS || bytes > HttpLimits.MAX_HEADER_BYTES) {
            throw new ApiError(431, "HEADERS_TOO_LARGE", "请求头过多或过大 / more than " + HttpLimits.MAX_HEADERS
                    + " headers or " + (HttpLimits.MAX_HEADER_BYTES >> 10) + " KiB of headers");
        }
    }

    private static void send(HttpExchange ex, Answer a) throws IOException {
        a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (a.body() != null && a.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", a.contentType());
        }
        boolean empty = a.body() == null || a.status() == 304 || a.status() == 204;
        ex.sendResponseHeaders(a.status(), empty ? -1 : a.body().length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(a.body());
            }
        }
        ex.close();
    }
}
