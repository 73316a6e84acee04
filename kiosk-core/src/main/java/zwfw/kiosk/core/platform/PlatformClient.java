package zwfw.kiosk.core.platform;

import zwfw.kiosk.drivers.io.BlockingCalls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import zwfw.kiosk.core.form.PersonFields;

/**
 * The kiosk's client of the platform contract (shared/platform-api.md). Every method makes one
 * signed call and returns a {@link PlatformResult}; retrying follows {@link PlatformError.Decision}
 * and is the caller's business (the outbox retries forever, a screen asks once).
 */
public final class PlatformClient implements AutoCloseable {
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    // One JSON value per body (§1): trailing data is an error; 1.5 is not an integer, and an integer
    // beyond its field's type fails (Jackson never wraps), so ranges are checked on exact values.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);

    /** The longest wait a 429's Retry-After can ask for; longer asks wait this long. */
    static final long MAX_RETRY_AFTER_SECONDS = 3600;
    /** A help request id as the kiosk accepts it (it goes back into a path). */
    private static final java.util.regex.Pattern HELP_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final PlatformSettings settings;
    private final OkHttpClient http;
    private final HttpUrl base;
    private final PlatformReach reach = new PlatformReach();

    public PlatformClient(PlatformSettings settings) {
        this(settings, Clock.systemUTC()); // real time, not the kiosk's clock: the platform rejects a signature >300 s off its own (§ TIMESTAMP_SKEW)
    }

    public PlatformClient(PlatformSettings settings, Clock clock) {
        this.settings = settings;
        this.base = HttpUrl.parse(settings.baseUrl());
        if (base == null) {
            throw new IllegalArgumentException("platform.url is not an http(s) URL: " + settings.baseUrl());
        }
        PlatformTimeouts t = settings.timeouts();
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(t.connect())
                .readTimeout(t.read())
                .writeTimeout(t.read())
                .callTimeout(t.call())
                .followRedirects(false)
                .followSslRedirects(false)
                .addNetworkInterceptor(new RequestSigner(settings.kioskId(), settings.secret(), clock));
        TlsTrust.apply(b, settings);
        this.http = b.build();
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** Whether the platform answered the last request (any method): what the kiosk offers while offline follows it. */
    public PlatformReach reach() {
        return reach;
    }

    /** The JSON mapper for the contract's bodies; the outbox stores the exact bytes it makes. */
    public static ObjectMapper json() {
        return MAPPER;
    }

    public static byte[] encode(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + body.getClass().getSimpleName(), e);
        }
    }

    public PlatformResult<CaseReceipt> submitCase(CaseSubmission c) {
        return submitCase(encode(c));
    }

    /** Sends exactly these bytes; the outbox resends the same bytes so the platform sees the same body. */
    public PlatformResult<CaseReceipt> submitCase(byte[] body) {
        PlatformResult<CaseReceipt> r = call(post("api/v1/cases", body), CaseReceipt.class, AnswerLimits.CASE_ANSWER_BYTES);
        if (r instanceof PlatformResult.Ok<CaseReceipt> ok && !documentsWellFormed(ok.value())) {
            return new PlatformResult.Failed<>(badAnswer(ok.status(), "the case answer lists a malformed document"));
        }
        return r;
    }

    private static boolean documentsWellFormed(CaseReceipt r) {
        return r.documents().size() <= DocumentRef.MAX_PER_CASE && r.documents().stream().allMatch(DocumentRef::wellFormed);
    }

    /**
     * Fetches a document of a DOCUMENT case (§9) into memory, at most {@link AnswerLimits#DOCUMENT_BYTES}, and returns
     * it only when its SHA-256 is the one the case answer gave: otherwise a {@link PlatformError} with code
     * {@link #DOCUMENT_MISMATCH} and no bytes. Nothing is written to disk. The platform counts each fetch (3 at most).
     */
    public PlatformResult<byte[]> fetchDocument(DocumentRef document) {
        return fetchDocument(document.url(), document.sha256());
    }

    /** The code of a fetched document whose SHA-256 differs from the case answer's (altered on the way, or by the platform). */
    public static final String DOCUMENT_MISMATCH = "DOCUMENT_SHA256_MISMATCH";

    /** See {@link #fetchDocument(DocumentRef)}; {@code path} is the entry's {@code url}, a path on this platform. */
    public PlatformResult<byte[]> fetchDocument(String path, String expectedSha256) {
        if (path == null || !path.startsWith("/api/v1/") || path.contains("..") || expectedSha256 == null) {
            // Only a path on the configured platform: a signed request never goes to a host the answer names.
            return new PlatformResult.Failed<>(badAnswer(200, "the document's url is not a path on the platform"));
        }
        Request request = new Request.Builder().url(base.newBuilder().addPathSegments(path.substring(1)).build()).get().build();
        PlatformResult<byte[]> r = execute(request, AnswerLimits.DOCUMENT_BYTES, (status, response, bytes) -> bytes);
        if (r instanceof PlatformResult.Ok<byte[]> ok && !sha256Hex(ok.value()).equalsIgnoreCase(expectedSha256)) {
            java.util.Arrays.fill(ok.value(), (byte) 0);
            return new PlatformResult.Failed<>(PlatformError.fromStatus(502, DOCUMENT_MISMATCH,
                    "the document's SHA-256 differs from the case answer's; nothing printed", null, null));
        }
        return r;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public PlatformResult<CaseProgress> caseStatus(String caseNo) {
        HttpUrl url = base.newBuilder().addPathSegments("api/v1/cases").addPathSegment(caseNo).build();
        return call(new Request.Builder().url(url).get().build(), CaseProgress.class, AnswerLimits.PROGRESS_BYTES);
    }

    public PlatformResult<String> submitEvaluation(byte[] body) {
        PlatformResult<JsonNode> r = call(post("api/v1/evaluations", body), JsonNode.class, AnswerLimits.SMALL_ANSWER_BYTES);
        return r instanceof PlatformResult.Ok<JsonNode> ok
                ? new PlatformResult.Ok<>(ok.value().path("evaluationId").asText(), ok.status())
                : new PlatformResult.Failed<>(r.error());
    }

    public PlatformResult<List<HeartbeatCommand>> heartbeat(byte[] body) {
        HttpUrl url = base.newBuilder().addPathSegments("api/v1/kiosks").addPathSegment(settings.kioskId())
                .addPathSegment("heartbeat").build();
        PlatformResult<JsonNode> r = call(new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build(), JsonNode.class,
                AnswerLimits.SMALL_ANSWER_BYTES);
        if (!(r instanceof PlatformResult.Ok<JsonNode> ok)) {
            return new PlatformResult.Failed<>(r.error());
        }
        List<HeartbeatCommand> commands = new ArrayList<>();
        for (JsonNode c : ok.value().path("commands")) {
            commands.add(new HeartbeatCommand(c.path("type").asText(), c.hasNonNull("reason") ? c.get("reason").asText() : null));
        }
        return new PlatformResult.Ok<>(commands, ok.status());
    }

    /** Fetches the catalog; with the ETag of the last good one, an unchanged catalog costs a 304. */
    public PlatformResult<CatalogFetch> catalog(String etag) {
        Request.Builder rb = new Request.Builder().url(base.newBuilder().addPathSegments("api/v1/catalog").build()).get();
        if (etag != null) {
            rb.header("If-None-Match", etag);
        }
        return execute(rb.build(), AnswerLimits.CATALOG_BYTES, (status, response, bytes) -> status == 304
                ? CatalogFetch.unchanged(etag)
                : new CatalogFetch(true, response.header("ETag"), bytes));
    }

    /** Exchanges a QR login token for the citizen's identity (section 7). Single use: never retried blindly. */
    public PlatformResult<Person> exchangeQrToken(String token) {
        PlatformResult<Person> r = call(post("api/v1/identity/qr-token", encode(Map.of("token", token))), Person.class,
                AnswerLimits.IDENTITY_BYTES);
        if (r instanceof PlatformResult.Ok<Person> ok && !PersonFields.problems(ok.value()).isEmpty()) {
            // The kiosk refuses from the platform what it would refuse from a citizen (a 100,000 character name).
            return new PlatformResult.Failed<>(badAnswer(ok.status(), "the identity the platform sent is not well-formed"));
        }
        return r;
    }

    /** §10: asks staff for help. Idempotent on the request's {@code clientRequestId}: resend the same bytes on a retry. */
    public PlatformResult<HelpTicket> requestHelp(byte[] body) {
        PlatformResult<HelpTicket> r = call(new Request.Builder().url(help().build()).post(RequestBody.create(body, JSON)).build(),
                HelpTicket.class, AnswerLimits.HELP_BYTES);
        if (r instanceof PlatformResult.Ok<HelpTicket> ok && !HELP_ID.matcher(String.valueOf(ok.value().requestId())).matches()) {
            return new PlatformResult.Failed<>(badAnswer(ok.status(), "the help request id the platform sent is not well-formed"));
        }
        return r;
    }

    /** §10: where a help request stands (WAITING, ANSWERED with staff's message, CLOSED). */
    public PlatformResult<HelpStatus> helpStatus(String requestId) {
        return call(new Request.Builder().url(help().addPathSegment(requestId).build()).get().build(), HelpStatus.class,
                AnswerLimits.HELP_BYTES);
    }

    /** §10: the citizen no longer needs help (or the visit ended); 204, and the request is CLOSED. */
    public PlatformResult<Boolean> cancelHelp(String requestId) {
        return execute(new Request.Builder().url(help().addPathSegment(requestId).build()).delete().build(),
                AnswerLimits.HELP_BYTES, (status, response, bytes) -> Boolean.TRUE);
    }

    private HttpUrl.Builder help() {
        return base.newBuilder().addPathSegments("api/v1/kiosks").addPathSegment(settings.kioskId()).addPathSegment("help");
    }

    private Request post(String path, byte[] body) {
        return new Request.Builder().url(base.newBuilder().addPathSegments(path).build())
                .post(RequestBody.create(body, JSON)).build();
    }

    private <T> PlatformResult<T> call(Request request, Class<T> type, long maxBytes) {
        return execute(request, maxBytes, (status, response, bytes) -> MAPPER.readValue(bytes, type));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(int status, Response response, byte[] body) throws IOException;
    }

    private <T> PlatformResult<T> execute(Request request, long maxBytes, Reader<T> reader) {
        PlatformResult<T> r = exchange(request, maxBytes, reader);
        reach.record(r);
        return r;
    }

    private <T> PlatformResult<T> exchange(Request request, long maxBytes, Reader<T> reader) {
        BlockingCalls.check(BlockingCalls.Kind.NETWORK, request.method() + " " + request.url().encodedPath());
        try (Response response = http.newCall(request).execute()) {
            int status = response.code();
            boolean success = status >= 200 && status < 300 || status == 304;
            byte[] bytes = BoundedBody.read(response.body(), success ? maxBytes : AnswerLimits.ERROR_BYTES);
            if (success) {
                if (bytes == null) {
                    return new PlatformResult.Failed<>(PlatformError.fromStatus(502, AnswerLimits.TOO_LARGE,
                            "the platform's answer is over " + maxBytes + " bytes", null, null));
                }
                try {
                    return new PlatformResult.Ok<>(reader.read(status, response, bytes), status);
                } catch (IOException | RuntimeException e) {
                    return new PlatformResult.Failed<>(badAnswer(status, "the platform's answer could not be read"));
                }
            }
            return new PlatformResult.Failed<>(errorOf(status, response, bytes == null ? new byte[0] : bytes));
        } catch (SSLPeerUnverifiedException e) {
            return new PlatformResult.Failed<>(new PlatformError(PlatformError.Kind.NETWORK, 0, "TLS_PIN_MISMATCH",
                    "the platform's certificate does not match the configured pins", null, null));
        } catch (SSLException e) {
            return new PlatformResult.Failed<>(new PlatformError(PlatformError.Kind.NETWORK, 0, "TLS",
                    "TLS handshake failed: " + e.getClass().getSimpleName(), null, null));
        } catch (InterruptedIOException e) {
            return new PlatformResult.Failed<>(new PlatformError(PlatformError.Kind.NETWORK, 0, "TIMEOUT",
                    "no answer in time", null, null));
        } catch (ConnectException | UnknownHostException e) {
            return new PlatformResult.Failed<>(new PlatformError(PlatformError.Kind.NETWORK, 0, "UNREACHABLE",
                    "cannot connect to the platform", null, null));
        } catch (IOException e) {
            return new PlatformResult.Failed<>(PlatformError.network("connection failed: " + e.getClass().getSimpleName()));
        }
    }

    /** A 2xx answer that is not one JSON value of the expected shape: a platform fault, retried like a 502. */
    private static PlatformError badAnswer(int status, String what) {
        return PlatformError.fromStatus(502, AnswerLimits.BAD_ANSWER, what + " (HTTP " + status + ")", null, null);
    }

    private static PlatformError errorOf(int status, Response response, byte[] bytes) {
        String code = "HTTP_" + status;
        String message = response.message();
        String field = null;
        try {
            JsonNode e = MAPPER.readTree(bytes);
            if (e != null && e.isObject()) {
                code = e.path("code").asText(code);
                message = e.path("message").asText(message);
                field = e.hasNonNull("field") ? e.get("field").asText() : null;
            }
        } catch (IOException ignored) {
            // a proxy's HTML error page: keep the status line
        }
        Duration retryAfter = null;
        String ra = response.header("Retry-After");
        if (ra != null) {
            try {
                // Bounded: a Retry-After of years would park the outbox for good.
                retryAfter = Duration.ofSeconds(Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Long.parseLong(ra.trim()))));
            } catch (NumberFormatException ignored) {
                retryAfter = Duration.ofSeconds(30); // an HTTP date: wait a sensible while
            }
        } else if (status == 429) {
            retryAfter = Duration.ofSeconds(30);
        }
        return PlatformError.fromStatus(status, code, message, field, retryAfter);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
