package zwfw.platform.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central platform's side of the contract (shared/platform-api.md), on 127.0.0.1, for demos and
 * tests. Start it in-process with {@link #start(SimOptions)} or from the shell with
 * {@code bin/platform-sim --port 8088 --faults error=0.1}. See {@link AdminApi} for the operator endpoints,
 * {@link RequestPipeline} for the order of checks every request goes through and {@link HttpLimits} for the bounds
 * of contract §1. Its store ({@link SimStore}) keeps personal data only masked or sealed.
 */
public final class PlatformSimulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PlatformSimulator.class);
    private static final Set<String> COMMAND_TYPES = Set.of("RELOAD_CATALOG", "LOCK", "UNLOCK", "RESTART");
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    static {
        // The JDK server writes headers and body as two segments; with Nagle on, each answer waits for
        // the client's delayed ACK (~40 ms). Its header limits are raised so that our code answers 431
        // (HttpLimits). The settings are read once, when the first server is made.
        HttpLimits.configureJdkServer();
    }

    /** A QR login token just issued; {@code qrText} is what the citizen's phone shows. */
    public record IssuedToken(String token, String qrText, String expiresAt) {
    }

    /** One case as the platform holds it: its applicant and agent (null unless 代办) only masked. */
    public record StoredCase(String caseNo, String clientCaseId, String serviceCode, String kioskId, MaskedPerson applicant,
                             MaskedPerson agent) {
    }

    /** A person as the simulator keeps them: {@code 张*}, {@code 330304********1234}. */
    public record MaskedPerson(String name, String idNumber) {
    }

    private final SimContext ctx;
    private final HttpServer server;
    private final ExecutorService pool;
    private final SecureRandom random = new SecureRandom();

    private PlatformSimulator(SimOptions options) throws IOException {
        this.ctx = new SimContext(options);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        this.pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "platform-sim-http");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/api/v1/", RequestPipeline.signed(ctx, new KioskApi(ctx)::answer));
        server.createContext("/admin/", RequestPipeline.unsigned(ctx, HttpLimits.MAX_ADMIN_BODY_BYTES, new AdminApi(ctx, this)::answer));
        server.createContext("/q/", RequestPipeline.unsigned(ctx, 0, new QueryPage(ctx)::answer));
        server.createContext("/v/", RequestPipeline.unsigned(ctx, 0, new VerifyPage(ctx)::answer));
        server.createContext("/", RequestPipeline.unsigned(ctx, 0, r -> {
            throw new ApiError(404, "NOT_FOUND", "无此接口 / no such endpoint");
        }));
        server.setExecutor(pool);
    }

    /** Starts a simulator; the answer's {@link #url()} is its base URL. */
    public static PlatformSimulator start(SimOptions options) {
        try {
            PlatformSimulator sim = new PlatformSimulator(options);
            sim.server.start();
            sim.ctx.baseUrl("http://127.0.0.1:" + sim.server.getAddress().getPort());
            log.info("platform simulator listening on {} (data in {})", sim.url(), options.dataDir());
            return sim;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the platform simulator on port " + options.port() + ": " + e.getMessage(), e);
        }
    }

    /** The short form the kiosk uses for {@code platform.url: embedded}. */
    public static PlatformSimulator start(int port, Path dataDir, String secret, String kioskId, Faults faults) {
        return start(SimOptions.of(port, dataDir, kioskId, secret).withFaults(faults));
    }

    public String url() {
        return ctx.baseUrl();
    }

    /** The §9 documents' store (tests: whether a PDF is still held). */
    DocumentStore documents() {
        return ctx.documents.store();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Issues a single-use login token valid for five minutes for this identity. */
    public IssuedToken issueQrToken(String name, String idType, String idNumber, String phone) {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ObjectNode identity = ctx.json.createObjectNode();
        identity.put("name", name);
        identity.put("idType", idType);
        identity.put("idNumber", idNumber);
        identity.put("phone", phone);
        long expires = ctx.clock().millis() + TOKEN_LIFETIME.toMillis();
        try {
            ctx.store.insertToken(token, ctx.json.writeValueAsString(identity), expires, ctx.clock().millis());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store the token: " + e.getMessage(), e);
        }
        return new IssuedToken(token, "zwfw://auth?token=" + token, CaseProgress.time(expires, ctx.zone()));
    }

    /** Queues a heartbeat command (RELOAD_CATALOG, LOCK with a reason, UNLOCK) for a kiosk. */
    public void queueCommand(String kioskId, String type, String reason) {
        if (!COMMAND_TYPES.contains(type)) {
            throw new IllegalArgumentException("command type must be one of " + COMMAND_TYPES);
        }
        ObjectNode c = ctx.json.createObjectNode();
        c.put("type", type);
        if (type.equals("LOCK")) {
            c.put("reason", reason == null ? "" : reason);
        }
        try {
            ctx.store.queueCommand(kioskId, ctx.json.writeValueAsString(c));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot queue the command: " + e.getMessage(), e);
        }
    }

    /**
     * The time this simulator spent handling requests so far, in nanoseconds (from the request's headers read to its
     * answer sent; admin requests included): what a benchmark subtracts as the platform's share of a visit.
     */
    public long handlingNanos() {
        return ctx.handlingNanos();
    }

    public void setFaults(Faults faults) {
        ctx.faults(faults);
    }

    /** Opens or closes a service in the catalog (a new catalog version and ETag). */
    public void setServiceEnabled(String code, boolean enabled) {
        try {
            if (!ctx.catalog.setEnabled(code, enabled)) {
                throw new IllegalArgumentException("unknown service " + code);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<StoredCase> cases() {
        try {
            List<StoredCase> out = new ArrayList<>();
            for (SimStore.CaseRow r : ctx.store.allCases()) {
                out.add(new StoredCase(r.caseNo(), r.clientCaseId(), r.serviceCode(), r.kioskId(), r.applicant(), r.agent()));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An attachment as the platform stored it (sealed at rest; the key lives as long as this simulator):
     * {@code data} is null for an attachment received by an earlier run.
     */
    public record StoredAttachment(String name, String contentType, String sha256, byte[] data) {
        @Override
        public String toString() {
            return "StoredAttachment[" + name + ", " + contentType + ", " + (data == null ? "sealed by an earlier run" : data.length + " bytes") + "]";
        }
    }

    /** The attachments of a case, in the order they were sent. */
    public List<StoredAttachment> attachments(String caseNo) {
        try {
            List<StoredAttachment> out = new ArrayList<>();
            for (SimStore.AttachmentRow r : ctx.store.attachments(caseNo)) {
                out.add(new StoredAttachment(r.name(), r.contentType(), r.sha256(), r.data()));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An evaluation as the platform received it (tags and comment as sent, sealed at rest): for one received by
     * an earlier run, tags are empty and the comment is null.
     */
    public record StoredEvaluation(String evaluationId, String caseNo, int level, List<String> tags, String comment) {
        @Override
        public String toString() {
            return "StoredEvaluation[" + evaluationId + ", case " + caseNo + ", level " + level + "]";
        }
    }

    /**
     * The form fields of an accepted case as received (name to text), sealed at rest: empty for an unknown case
     * or one received by an earlier run of the simulator.
     */
    public java.util.Map<String, String> caseForm(String caseNo) {
        try {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            java.util.Optional<String> json = ctx.store.caseForm(caseNo);
            if (json.isPresent()) {
                ctx.json.readTree(json.get()).fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every evaluation received, oldest first. */
    public List<StoredEvaluation> evaluations() {
        try {
            List<StoredEvaluation> out = new ArrayList<>();
            for (SimStore.EvaluationRow e : ctx.store.evaluations()) {
                List<String> tags = new ArrayList<>();
                String comment = null;
                if (e.reasonsJson() != null) {
                    com.fasterxml.jackson.databind.JsonNode n = ctx.json.readTree(e.reasonsJson());
                    n.path("tags").forEach(t -> tags.add(t.asText()));
                    comment = n.path("comment").asText("");
                }
                out.add(new StoredEvaluation(e.evaluationId(), e.caseNo(), e.level(), tags, comment));
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int evaluationCount() {
        try {
            return ctx.store.evaluationCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last heartbeat body a kiosk sent, as JSON text, or null. */
    public String lastHeartbeat(String kioskId) {
        try {
            return ctx.store.lastHeartbeat(kioskId).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most MiB of large bodies ever held at once, and the budget (tests and benchmarks). */
    int[] largeBodyPeakAndBudgetMiB() {
        return new int[] {ctx.budget.peakMiB(), ctx.budget.totalMiB()};
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ctx.help.close();
        ctx.store.close();
    }

    public static void main(String[] args) throws Exception {
        SimOptions options;
        try {
            options = SimCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("platform-sim: " + e.getMessage());
            System.err.println(SimCommandLine.USAGE);
            System.exit(2);
            return;
        }
        PlatformSimulator sim = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "platform-sim-stop"));
        System.out.println("platform simulator on " + sim.url() + " kiosks=" + options.secrets().keySet()
                + " data=" + options.dataDir());
        System.out.flush();
        Thread.currentThread().join();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
