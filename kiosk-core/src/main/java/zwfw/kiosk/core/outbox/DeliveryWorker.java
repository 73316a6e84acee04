package zwfw.kiosk.core.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.CaseReceipt;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformResult;

/**
 * Sends the outbox to the platform in order, one entry at a time, each with the exact bytes that
 * were committed (so the same {@code clientCaseId} and body on every attempt). Failures follow the
 * contract's retry table: backoff with jitter (5xx, network), Retry-After (429), reject (400/404/422),
 * hold with an operator alert (401/403), conflict (409). Run it as a thread ({@link #start()}) or
 * drive it from a command ({@link #flush}, {@link #driveUntil}).
 *
 * <p>Whoever waits for a case's first try registers for it ({@link #firstTry}); the worker completes
 * that future itself right after the try, so nobody polls the database. The running worker also runs
 * the personal-data backstop ({@link Outbox#purgeExpiredPersonalData}) when it starts and every
 * {@link #SWEEP_EVERY}.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** How often the running worker deletes personal data past the backstop. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

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
    /** Futures of cases whose first try someone waits for, by clientCaseId; each leaves when completed. */
    private final Map<String, CompletableFuture<SubmitOutcome>> awaitingFirstTry = new ConcurrentHashMap<>();
    private volatile Thread thread;
    private Instant nextSweep = Instant.MIN;
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

    /** One attempt at the oldest waiting entry, if it is due. */
    public Attempt deliverNext() {
        Attempt a;
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
            a = send(p);
        } finally {
            sending.unlock();
        }
        // Outside the lock: whatever the waiter chains onto the future runs here and must not hold up delivery's lock.
        if (a instanceof Attempt.Sent s && s.entry().kind() == EntryKind.CASE) {
            CompletableFuture<SubmitOutcome> waiting = awaitingFirstTry.remove(s.entry().clientRef());
            if (waiting != null) {
                waiting.complete(SubmitOutcome.of(s.entry(), s.error()));
            }
        }
        return a;
    }

    /**
     * A future completed by this worker right after the next try of the case {@code clientCaseId}
     * (DELIVERED, REJECTED, or QUEUED after a transient failure). Register before committing the case,
     * so the try cannot slip past; the future never completes if nothing delivers (no worker thread and
     * nobody driving it), so bound the wait (e.g. {@code completeOnTimeout(SubmitOutcome.queued(id), …)}).
     * Completing it from outside changes nothing in the outbox: the case stays committed and is sent anyway.
     */
    CompletableFuture<SubmitOutcome> firstTry(String clientCaseId) {
        CompletableFuture<SubmitOutcome> f = awaitingFirstTry.computeIfAbsent(clientCaseId, id -> new CompletableFuture<>());
        // A waiter that gave up (timeout) leaves the map at once, so forgotten futures do not pile up.
        f.whenComplete((o, e) -> awaitingFirstTry.remove(clientCaseId, f));
        return f;
    }

    /** Completes the future of a case whose outcome is already known without a try (committed and answered before). */
    void settle(String clientCaseId, SubmitOutcome outcome) {
        CompletableFuture<SubmitOutcome> waiting = awaitingFirstTry.remove(clientCaseId);
        if (waiting != null) {
            waiting.complete(outcome);
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
                    outbox.recordEvaluationDelivered(e.seq());
                    return delivered(e);
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

    /**
     * Delivers what it can until the outbox is empty or the time is up, trying waiting entries now
     * (staff asked for it). True when empty.
     */
    public boolean flush(Duration timeout) {
        sweep();
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
     * Runs delivery on the caller's thread (no worker thread runs: the command line) until {@code done}
     * holds, an entry must wait (backoff, Retry-After), nothing is left, or the time is up.
     */
    public void driveUntil(BooleanSupplier done, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (!done.getAsBoolean() && clock.instant().isBefore(deadline)) {
            if (!(deliverNext() instanceof Attempt.Sent)) {
                return;
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
                sweepIfDue();
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

    private void sweepIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        sweep();
    }

    private void sweep() {
        try {
            outbox.purgeExpiredPersonalData();
        } catch (RuntimeException e) {
            log.error("personal-data backstop sweep failed; trying again in {}", SWEEP_EVERY, e);
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
