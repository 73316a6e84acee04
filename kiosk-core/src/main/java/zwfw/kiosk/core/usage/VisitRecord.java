package zwfw.kiosk.core.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One finished visit as the usage store keeps it: when, how it ended and how far it got, never who.
 * Service codes, outcomes and the 差评 reasons chosen from the screen's fixed list only; no name, ID
 * number, form value or free comment.
 *
 * @param lastStep          the step on screen when the visit ended ({@code Step.name()}): where an abandoned visit stopped
 * @param furthest          the furthest stage of the funnel the visit reached
 * @param serviceCode       the service chosen last (null: none)
 * @param department        that service's department as the catalog named it (null: none)
 * @param caseResult        the case's answer (null: no case filed)
 * @param evaluationLevel   1..5, or 0 when the citizen did not rate
 * @param badReasons        the reasons chosen with a level of 1 or 2 (empty otherwise)
 * @param language          the screen's language at the end ("zh", "en"; "" unknown)
 */
public record VisitRecord(Instant startedAt, Instant endedAt, Outcome outcome, String lastStep, Stage furthest,
                          Identification identification, String serviceCode, String department, CaseResult caseResult,
                          Receipt receipt, int evaluationLevel, List<String> badReasons, boolean agent, boolean elderly,
                          String language) {
    /** Longest reason text kept: the screen's reasons are short phrases, anything longer is cut. */
    public static final int REASON_MAX_CHARS = 40;

    public VisitRecord {
        badReasons = badReasons.stream().map(r -> r.length() > REASON_MAX_CHARS ? r.substring(0, REASON_MAX_CHARS) : r)
                .limit(8).toList();
        language = language == null ? "" : language;
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    /** How a visit ended. */
    public enum Outcome {
        /** Finished: a case filed (whatever its answer), a progress query answered. */
        COMPLETED,
        /** The citizen pressed 返回首页 before finishing. */
        ABANDONED,
        /** The idle countdown ran out before the citizen finished. */
        TIMED_OUT,
        /** A platform LOCK or a failed back end ended it. */
        INTERRUPTED
    }

    /** The funnel from the visit's start to a case submitted, in order. */
    public enum Stage {
        STARTED, SERVICE_CHOSEN, IDENTIFIED, FORM_FILLED, SUBMITTED
    }

    /** How the citizen (or, for 代办, the agent first) identified. */
    public enum Identification {
        NONE, CARD, QR_CODE
    }

    /** Cases: delivered to the platform, queued in the outbox, or refused. */
    public enum CaseResult {
        DELIVERED, QUEUED, REJECTED
    }

    /** The receipt: printed, shown as a QR code (no paper, no printer), or none (no case, or refused). */
    public enum Receipt {
        NONE, PRINTED, SHOWN_AS_QR
    }
}
