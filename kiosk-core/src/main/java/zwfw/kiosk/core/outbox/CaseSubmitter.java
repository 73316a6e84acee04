package zwfw.kiosk.core.outbox;

import java.time.Duration;
import java.util.Optional;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.PlatformError;

/**
 * The one path from "the citizen pressed confirm" to what the screen says: commit the case to the
 * outbox (durable before anything is shown), then let the delivery worker try it for a short while.
 * The screen and {@code kioskctl case submit} both go through here.
 */
public final class CaseSubmitter {
    private final Outbox outbox;
    private final DeliveryWorker worker;

    public CaseSubmitter(Outbox outbox, DeliveryWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    public SubmitOutcome submit(CaseSubmission c, Duration waitForPlatform) {
        OutboxEntry committed = outbox.enqueueCase(c);
        if (worker.isRunning()) {
            worker.wake();
            worker.awaitAttempted(committed.clientRef(), waitForPlatform);
        } else {
            worker.driveUntilAttempted(committed.clientRef(), waitForPlatform);
        }
        OutboxEntry e = outbox.entry(committed.clientRef()).orElse(committed);
        Optional<PlatformError> err = worker.lastError(e.clientRef());
        return switch (e.state()) {
            case DELIVERED -> new SubmitOutcome(e.clientRef(), SubmitOutcome.State.DELIVERED, e.caseNo(), e.queryUrl(),
                    e.dueDate(), "case.delivered", "已提交,办件编号 " + e.caseNo());
            case REJECTED -> new SubmitOutcome(e.clientRef(), SubmitOutcome.State.REJECTED, null, null, null,
                    err.map(x -> x.kind().messageKey()).orElse("platform.error.invalid"),
                    err.map(PlatformError::message).orElse(e.lastError()));
            default -> new SubmitOutcome(e.clientRef(), SubmitOutcome.State.QUEUED, null, null, null, "case.queued",
                    "已保存,网络恢复后自动提交" + err.map(x -> " (" + x.summary() + ")").orElse(""));
        };
    }
}
