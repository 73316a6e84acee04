package zwfw.kiosk.core.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import zwfw.kiosk.core.platform.CaseSubmission;

/**
 * The one path from "the citizen pressed confirm" to what the screen says: commit the case to the
 * outbox (durable before anything is shown), wake the delivery worker, and learn the outcome of its
 * first try from the worker itself. The screen and {@code kioskctl case submit} both go through here.
 */
public final class CaseSubmitter {
    private final Outbox outbox;
    private final DeliveryWorker worker;

    public CaseSubmitter(Outbox outbox, DeliveryWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    /**
     * Commits the case (when this returns, it survives a crash) and wakes the worker. The commit is a
     * disk write on the caller's thread: call this off the JavaFX thread. The future is
     * completed by the delivery worker right after it tried the case once: DELIVERED, REJECTED, or
     * QUEUED after a transient failure. It may take long (entries before it back off, no network):
     * bound the wait with {@code completeOnTimeout(SubmitOutcome.queued(c.clientCaseId()), …)}; the
     * case stays committed and is delivered later whatever the waiter does. A case committed and
     * answered before (same clientCaseId) completes at once with that answer. Dependent stages run on
     * the worker's thread unless added with an executor ({@code thenAcceptAsync(…, executor)}).
     *
     * @throws RuntimeException when the case could not be committed (nothing was promised then)
     */
    public CompletableFuture<SubmitOutcome> submit(CaseSubmission c) {
        CompletableFuture<SubmitOutcome> outcome = worker.firstTry(c.clientCaseId());
        OutboxEntry committed;
        try {
            committed = outbox.enqueueCase(c);
        } catch (RuntimeException e) {
            outcome.completeExceptionally(e);
            throw e;
        }
        if (committed.state() == EntryState.DELIVERED || committed.state() == EntryState.REJECTED) {
            worker.settle(committed.clientRef(), SubmitOutcome.of(committed, null));
        }
        worker.wake();
        return outcome;
    }

    /**
     * Blocking convenience for the command line: {@link #submit(CaseSubmission)}, then waits up to
     * {@code waitForPlatform} for the first try. With no worker thread running, delivery is driven on
     * the caller's thread until this case was tried (or something before it must wait). QUEUED when the
     * time is up.
     */
    public SubmitOutcome submit(CaseSubmission c, Duration waitForPlatform) {
        CompletableFuture<SubmitOutcome> outcome = submit(c);
        SubmitOutcome queued = SubmitOutcome.queued(c.clientCaseId());
        if (!worker.isRunning()) {
            worker.driveUntil(outcome::isDone, waitForPlatform);
            return outcome.getNow(queued);
        }
        return outcome.completeOnTimeout(queued, waitForPlatform.toMillis(), TimeUnit.MILLISECONDS).join();
    }
}
