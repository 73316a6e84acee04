package zwfw.kiosk.core.usage;

/**
 * What the usage log counts, per day and per service. Names are stored as they are, so they are
 * never renamed; a new kind of event is a new constant.
 */
public enum UsageEvent {
    /** A citizen started a session (tap or card on the attract screen); no service yet. */
    SESSION_STARTED,
    /** A service was chosen on the home screen. */
    SERVICE_CHOSEN,
    /** A case was accepted by the platform or queued in the outbox. */
    CASE_SUBMITTED,
    /** The session ended on the idle timeout without a case submitted. */
    ABANDONED_TIMEOUT,
    /** The citizen ended the session (返回首页) without a case submitted. */
    ABANDONED_ENDED
}
