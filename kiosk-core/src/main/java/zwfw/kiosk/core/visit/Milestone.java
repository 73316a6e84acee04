package zwfw.kiosk.core.visit;

import zwfw.kiosk.core.outbox.SubmitOutcome;

/**
 * What happened in a visit, as it may be counted and stored: no personal data, only the visit's
 * number, service codes and outcomes. Usage counts are fed from these; an event store may keep them.
 */
public sealed interface Milestone {
    long visit();

    record VisitStarted(long visit) implements Milestone {
    }

    record ServiceChosen(long visit, String serviceCode) implements Milestone {
    }

    /** A case was committed: delivered, queued or rejected. */
    record CaseFiled(long visit, String serviceCode, SubmitOutcome.State state) implements Milestone {
    }

    record EvaluationGiven(long visit, String serviceCode, int level) implements Milestone {
    }

    /** The visit ended; {@code serviceCode} the service chosen (null: none), {@code caseFiled} whether a case was committed. */
    record VisitEnded(long visit, EndReason reason, String serviceCode, boolean caseFiled) implements Milestone {
    }

    enum EndReason {
        /** The citizen finished (完成, or after the evaluation). */
        DONE,
        /** The citizen pressed 返回首页. */
        ENDED_BY_CITIZEN,
        /** The idle countdown ran out. */
        TIMEOUT,
        /** The platform locked the kiosk, or its back end failed: the visit ends at once. */
        LOCKED
    }
}
