package zwfw.kiosk.core.help;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.form.TextLimits;
import zwfw.kiosk.core.platform.HelpRequest;
import zwfw.kiosk.core.platform.HelpStatus;
import zwfw.kiosk.core.platform.HelpTicket;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformResult;

/**
 * The citizen's call for help (呼叫帮助, contract §10), one open request per kiosk at most. {@link #call} returns at
 * once; the request is sent, and then its status polled every few seconds, on this service's own thread, and each
 * change goes to the {@link HelpListener} (on that thread: a screen hops to its own). A platform that cannot be
 * reached gives {@link HelpUpdate.Offline} at once, so the screen shows the hotline without waiting; a busy one
 * (5xx, 429) is retried briefly with the same body (the platform is idempotent on {@code clientRequestId}).
 * {@link #cancel} (the citizen no longer needs help, or the visit ends) closes the request on the platform.
 * {@link #openCount} is the heartbeat's {@code helpWaiting}. Nothing here identifies the citizen.
 */
public final class HelpRequests implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HelpRequests.class);
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    /**
     * How often the status is asked, and the waits before each retry of a request the platform was too busy to take.
     */
    public record Timing(Duration pollEvery, List<Duration> retryWaits) {
        public Timing {
            retryWaits = List.copyOf(retryWaits);
        }

        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(5), List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        }
    }

    private final PlatformClient client;
    private final Clock clock;
    private final Timing timing;
    private final ScheduledExecutorService worker;
    private volatile HelpListener listener;
    private volatile HelpUpdate latest;
    private volatile int open;

    // Only the worker thread touches these.
    private Pending pending;
    /** A request whose answer was lost (dropped, 5xx): the platform may hold it, so it is resent before anything new. */
    private Pending unresolved;
    private String requestId;
    private ScheduledFuture<?> poll;

    /** A request being sent: its exact bytes, resent on a retry. */
    private record Pending(String clientRequestId, byte[] body) {
    }

    /**
     * @param clock the configured clock ({@code KioskConfig.clock()}): the request's {@code at} is in its zone
     */
    public HelpRequests(PlatformClient client, Clock clock, Timing timing, HelpListener listener) {
        this.client = Objects.requireNonNull(client);
        this.clock = clock;
        this.timing = timing;
        this.listener = listener == null ? HelpListener.NONE : listener;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "help-requests");
            t.setDaemon(true);
            return t;
        });
    }

    /** Sends updates to this listener from now on (the screen showing the help panel). */
    public void listen(HelpListener l) {
        this.listener = l == null ? HelpListener.NONE : l;
    }

    /** The last update published, if any (a screen that opens the help panel later shows it). */
    public Optional<HelpUpdate> latest() {
        return Optional.ofNullable(latest);
    }

    /** Open help requests of this kiosk (0 or 1): the heartbeat's {@code helpWaiting}. */
    public int openCount() {
        return open;
    }

    /**
     * Calls for help; returns at once. While a request is open (or being sent) no second one is made: its latest
     * state is published again instead.
     *
     * @param screen      the screen's id, at most 200 characters
     * @param serviceCode the service being filed, or null
     * @param language    {@code zh} or {@code en}
     * @param elderly     whether 长辈版 is on
     */
    public void call(String screen, String serviceCode, String language, boolean elderly) {
        if (screen == null || screen.isBlank() || !TextLimits.within(screen, TextLimits.TEXT_MAX_CHARS)) {
            throw new IllegalArgumentException("screen must be 1 to 200 characters");
        }
        if (serviceCode != null && !TextLimits.within(serviceCode, TextLimits.TEXT_MAX_CHARS)) {
            throw new IllegalArgumentException("serviceCode must be at most 200 characters");
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be zh or en, got " + language);
        }
        String at = OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        run(safely(() -> {
            if (requestId != null || pending != null) {
                if (latest != null) {
                    publish(latest);
                }
                return;
            }
            if (unresolved != null) {
                // Same citizen, same call: the platform may already hold it, and the same bytes find it (idempotent).
                pending = unresolved;
                unresolved = null;
                send(pending, 0);
                return;
            }
            String clientId = UUID.randomUUID().toString();
            pending = new Pending(clientId, PlatformClient.encode(new HelpRequest(clientId, at, screen, serviceCode, language, elderly)));
            send(pending, 0);
        }));
    }

    /** Closes the open request (the citizen cancelled, or the visit ended); returns at once. Nothing open: nothing. */
    public void cancel() {
        run(safely(() -> {
            Pending lost = pending != null ? pending : unresolved;
            pending = null; // a retry still scheduled finds it gone and stops
            unresolved = null;
            if (requestId == null) {
                if (lost != null) {
                    closeLost(lost);
                }
                return;
            }
            String id = requestId;
            forget();
            delete(id, 0);
            publish(new HelpUpdate.Closed(id));
        }));
    }

    /** Hands a task to the help thread; after {@link #close} (the kiosk shutting down) there is nothing to do. */
    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.info("help requests closed: call ignored");
        }
    }

    /** A task that cannot die of a surprise: a scheduled task that throws is never run again. */
    private static Runnable safely(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("help request task failed: {}", e.toString());
            }
        };
    }

    private void send(Pending p, int attempt) {
        if (pending != p) {
            return; // cancelled between attempts
        }
        PlatformResult<HelpTicket> r = client.requestHelp(p.body());
        if (pending != p) {
            return;
        }
        if (r instanceof PlatformResult.Ok<HelpTicket> ok) {
            pending = null;
            requestId = ok.value().requestId();
            open = 1;
            log.info("help request {} filed; wait about {} s", requestId, ok.value().estimatedWaitSeconds());
            publish(new HelpUpdate.Waiting(requestId, Math.max(0, ok.value().estimatedWaitSeconds())));
            long every = timing.pollEvery().toMillis();
            poll = worker.scheduleWithFixedDelay(safely(this::pollOnce), every, every, TimeUnit.MILLISECONDS);
            return;
        }
        PlatformError e = r.error();
        if (busy(e) && attempt < timing.retryWaits().size()) {
            log.info("help request not taken ({}); retry {} shortly", e.summary(), attempt + 1);
            worker.schedule(safely(() -> send(p, attempt + 1)), timing.retryWaits().get(attempt).toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        pending = null;
        unresolved = maybeReceived(e) ? p : null;
        log.info("help request not delivered ({}): the screen shows the hotline", e.summary());
        publish(new HelpUpdate.Offline(e.summary()));
    }

    /** The platform answered but could not take it now: worth a brief retry. Unreachable or too slow: not. */
    private static boolean busy(PlatformError e) {
        return e.decision() == PlatformError.Decision.RETRY_AFTER
                || (e.kind() == PlatformError.Kind.SERVER)
                || (e.kind() == PlatformError.Kind.NETWORK && e.code().equals("NETWORK"));
    }

    /** A failure after which the platform may hold the request: a server fault, a timeout, a lost answer. */
    private static boolean maybeReceived(PlatformError e) {
        return e.kind() == PlatformError.Kind.SERVER
                || (e.kind() == PlatformError.Kind.NETWORK && (e.code().equals("TIMEOUT") || e.code().equals("NETWORK")));
    }

    private void pollOnce() {
        String id = requestId;
        if (id == null) {
            return;
        }
        PlatformResult<HelpStatus> r = client.helpStatus(id);
        if (!id.equals(requestId)) {
            return; // cancelled meanwhile
        }
        if (r instanceof PlatformResult.Failed<HelpStatus> f) {
            if (f.error().kind() == PlatformError.Kind.NOT_FOUND) {
                closedByPlatform(id); // the platform forgot it: nobody is coming
            }
            return; // anything else: the next poll asks again
        }
        HelpStatus s = r.value();
        switch (String.valueOf(s.status())) {
            case "ANSWERED" -> {
                HelpStatus.Message m = s.message();
                HelpUpdate.Answered a = new HelpUpdate.Answered(id, cut(m == null ? null : m.zh()), cut(m == null ? null : m.en()),
                        cut(s.staffName()));
                if (!a.equals(latest)) {
                    log.info("help request {} answered", id);
                    publish(a);
                }
            }
            case "CLOSED" -> closedByPlatform(id);
            default -> {
                // WAITING (or a status this kiosk does not know): nothing new to show
            }
        }
    }

    private void closedByPlatform(String id) {
        log.info("help request {} closed by the desk", id);
        forget();
        publish(new HelpUpdate.Closed(id));
    }

    /**
     * A request whose answers were all lost may be waiting at the desk although the kiosk never learnt its id: the
     * same bytes once more find it (or file it), and it is closed at once, so nobody walks to an empty kiosk.
     */
    private void closeLost(Pending lost) {
        PlatformResult<HelpTicket> r = client.requestHelp(lost.body());
        if (r instanceof PlatformResult.Ok<HelpTicket> ok) {
            delete(ok.value().requestId(), 0);
        } else {
            log.info("help request of an ended call not resolved ({})", r.error().summary());
        }
    }

    private void delete(String id, int attempt) {
        PlatformResult<Boolean> r = client.cancelHelp(id);
        if (r.isOk() || r.error().kind() == PlatformError.Kind.NOT_FOUND) {
            log.info("help request {} cancelled", id);
            return;
        }
        if (busy(r.error()) && attempt < timing.retryWaits().size()) {
            worker.schedule(safely(() -> delete(id, attempt + 1)), timing.retryWaits().get(attempt).toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        // The desk will see it open until staff close it; no citizen data is in it.
        log.info("help request {} could not be cancelled ({})", id, r.error().summary());
    }

    private void forget() {
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
        requestId = null;
        open = 0;
    }

    private static String cut(String s) {
        return s == null ? null : TextLimits.cut(s, TextLimits.TEXT_MAX_CHARS);
    }

    private void publish(HelpUpdate u) {
        latest = u;
        try {
            listener.helpUpdate(u);
        } catch (RuntimeException e) {
            log.warn("help listener failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
