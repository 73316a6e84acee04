package zwfw.kiosk.core.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.CaseReceipt;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.HeartbeatCommand;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformResult;

/**
 * Sends the outbox to the platform in order, one entry at a time, each with the exact bytes that
 * were committed (so the same {@code clientCaseId} and body on every attempt). Failures follow the
 * contract's retry table: backoff with jitter (5xx, network), Retry-After (429), reject (400/404/422),
 * hold with an operator alert (401/403), conflict (409). Run it as a thread ({@link #start()}) or
 * drive it from a command ({@link #flush}).
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** What one call of {@link #deliverNext()} did. */
    public sealed interface Attempt {
        record Idle() implements Attempt {
        }

        record NotYet(Instant due) implements Attempt {
        }

        record Sent(OutboxEntry entry, EntryState newState, PlatformError error) implements Attempt {
        }
    }

    private final Outbox outbox;
    private final PlatformClient client;
    private final Backoff backoff;
    private final Duration holdInterval;
    private final OutboxListener listener;
    private final Clock clock;
    private final ReentrantLock sending = new ReentrantLock();
    private final Object progress = new Object();
    private final Map<String, PlatformError> recentErrors = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PlatformError> eldest) {
            return size() > 256;
        }
    };
    private volatile Thread thread;
    private volatile boolean running;
    private long wakeups;

    public DeliveryWorker(Outbox outbox, PlatformClient client, Backoff backoff, Duration holdInterval,
                          OutboxListener listener, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.backoff = backoff;
        this.holdInterval = holdInterval;
        this.listener = listener == null ? OutboxListener.NONE : listener;
        this.clock = clock;
    }

    public DeliveryWorker(Outbox outbox, PlatformClient client, OutboxListener listener) {
        this(outbox, client, Backoff.standard(), Duration.ofMinutes(5), listener, Clock.systemUTC());
    }

    /** One attempt at the oldest waiting entry, if it is due. */
    public Attempt deliverNext() {
        sending.lock();
        try {
            Optional<Outbox.Pending> head = outbox.head();
            if (head.isEmpty()) {
                return new Attempt.Idle();
            }
            Outbox.Pending p = head.get();
            Instant now = clock.instant();
            Instant due = p.entry().nextAttemptAt();
            if (due != null && due.isAfter(now)) {
                return new Attempt.NotYet(due);
            }
            return send(p);
        } finally {
            sending.unlock();
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    private Attempt send(Outbox.Pending p) {
        OutboxEntry e = p.entry();
        if (p.body() == null) {
            return fail(e, PlatformError.fromStatus(400, "NO_BODY", "the entry's body is gone", null, null));
        }
        switch (e.kind()) {
            case CASE -> {
                PlatformResult<CaseReceipt> r = client.submitCase(p.body());
                if (r instanceof PlatformResult.Ok<CaseReceipt> ok) {
                    outbox.recordCaseDelivered(e.seq(), ok.value());
                    log.info("case {} delivered as {}", e.clientRef(), ok.value().caseNo());
                    return delivered(e);
                }
                return fail(e, r.error());
            }
            case EVALUATION -> {
                byte[] body;
                try {
                    body = evaluationBody(p);
                } catch (CaseNotDelivered ex) {
                    return fail(e, PlatformError.fromStatus(404, "CASE_NOT_DELIVERED",
                            "the evaluated case never reached the platform", "caseNo", null));
                }
                PlatformResult<String> r = client.submitEvaluation(body);
                if (r.isOk()) {
                    outbox.recordOtherDelivered(e.seq(), e.kind());
                    return delivered(e);
                }
                return fail(e, r.error());
            }
            case HEARTBEAT -> {
                PlatformResult<List<HeartbeatCommand>> r = client.heartbeat(p.body());
                if (r instanceof PlatformResult.Ok<List<HeartbeatCommand>> ok) {
                    outbox.recordOtherDelivered(e.seq(), e.kind());
                    if (!ok.value().isEmpty()) {
                        listener.heartbeatCommands(ok.value());
                    }
                    return new Attempt.Sent(e, EntryState.DELIVERED, null);
                }
                return fail(e, r.error());
            }
            default -> throw new IllegalStateException("unknown kind " + e.kind());
        }
    }

    private static final class CaseNotDelivered extends Exception {
        CaseNotDelivered() {
            super(null, null, false, false);
        }
    }

    /** An evaluation is committed before its case has a number; the number goes in when it is sent. */
    private byte[] evaluationBody(Outbox.Pending p) throws CaseNotDelivered {
        try {
            EvaluationSubmission ev = PlatformClient.json().readValue(p.body(), EvaluationSubmission.class);
            if (ev.caseNo() != null && !ev.caseNo().isBlank()) {
                return p.body();
            }
            Optional<OutboxEntry> c = p.caseRef() == null ? Optional.empty() : outbox.entry(p.caseRef());
            if (c.isEmpty() || c.get().caseNo() == null) {
                throw new CaseNotDelivered();
            }
            return PlatformClient.encode(ev.withCaseNo(c.get().caseNo()));
        } catch (IOException ex) {
            throw new IllegalStateException("outbox entry " + p.entry().clientRef() + " is not an evaluation body");
        }
    }

    private Attempt delivered(OutboxEntry e) {
        OutboxEntry now = outbox.entry(e.clientRef()).orElse(e);
        listener.delivered(now);
        return new Attempt.Sent(now, EntryState.DELIVERED, null);
    }

    private Attempt fail(OutboxEntry e, PlatformError error) {
        Instant now = clock.instant();
        synchronized (recentErrors) {
            recentErrors.put(e.clientRef(), error);
        }
        EntryState state;
        Instant next = null;
        switch (error.decision()) {
            case RETRY_AFTER -> {
                state = EntryState.QUEUED;
                next = now.plus(error.retryAfter() == null ? Duration.ofSeconds(30) : error.retryAfter());
            }
            case BACKOFF -> {
                state = EntryState.QUEUED;
                next = now.plus(backoff.delay(e.attempts() + 1));
            }
            case HOLD -> {
                state = EntryState.QUEUED;
                next = now.plus(holdInterval);
            }
            case CONFLICT -> state = EntryState.CONFLICT;
            default -> state = EntryState.REJECTED;
        }
        outbox.recordFailure(e.seq(), state, error.summary(), next);
        OutboxEntry after = outbox.entry(e.clientRef()).orElse(e);
        log.info("{} {} attempt {} failed: {} -> {}", e.kind(), e.clientRef(), after.attempts(), error.summary(), state);
        switch (error.decision()) {
            case REJECT -> listener.rejected(after, error);
            case HOLD, CONFLICT -> listener.operatorAlert(after, error);
            default -> {
            }
        }
        return new Attempt.Sent(after, state, error);
    }

    /** The platform's error of the last failed attempt at an entry, to show the citizen its message. */
    public Optional<PlatformError> lastError(String clientRef) {
        synchronized (recentErrors) {
            return Optional.ofNullable(recentErrors.get(clientRef));
        }
    }

    /**
     * Delivers what it can until the outbox is empty or the time is up, trying waiting entries now
     * (staff asked for it). True when empty.
     */
    public boolean flush(Duration timeout) {
        outbox.retryNow();
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            Attempt a = deliverNext();
            if (a instanceof Attempt.Idle) {
                return outbox.depth() == 0;
            }
            if (a instanceof Attempt.NotYet ny) {
                Instant now = clock.instant();
                if (!now.isBefore(deadline)) {
                    return false;
                }
                pause(Duration.between(now, ny.due().isBefore(deadline) ? ny.due() : deadline));
            } else if (!clock.instant().isBefore(deadline)) {
                return outbox.depth() == 0;
            }
        }
    }

    /**
     * Runs delivery on the caller's thread until this entry had its first attempt (or anything
     * before it must wait, or the time is up). Used when no worker thread runs (the command line).
     */
    public void driveUntilAttempted(String clientRef, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (clock.instant().isBefore(deadline)) {
            Optional<OutboxEntry> e = outbox.entry(clientRef);
            if (e.isEmpty() || e.get().attempts() > 0 || e.get().state() != EntryState.QUEUED) {
                return;
            }
            Attempt a = deliverNext();
            if (!(a instanceof Attempt.Sent)) {
                return;
            }
        }
    }

    /** Waits (worker thread running) until this entry had its first attempt, or the time is up. */
    public void awaitAttempted(String clientRef, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (true) {
                Optional<OutboxEntry> e = outbox.entry(clientRef);
                if (e.isEmpty() || e.get().attempts() > 0 || e.get().state() != EntryState.QUEUED) {
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    progress.wait(Math.max(1, Math.min(left / 1_000_000, 200)));
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Starts the background thread that delivers whenever something is due. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    /** Something new was committed: look at the outbox now. */
    public void wake() {
        synchronized (this) {
            wakeups++;
            notifyAll();
        }
    }

    private void loop() {
        while (running) {
            try {
                long seen;
                synchronized (this) {
                    seen = wakeups;
                }
                Attempt a = deliverNext();
                if (a instanceof Attempt.Sent) {
                    continue;
                }
                long waitMs = a instanceof Attempt.NotYet ny
                        ? Math.max(1, Duration.between(clock.instant(), ny.due()).toMillis())
                        : 1000;
                synchronized (this) {
                    if (wakeups == seen && running) {
                        wait(Math.min(waitMs, 1000));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("delivery attempt failed unexpectedly; trying again shortly", e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
