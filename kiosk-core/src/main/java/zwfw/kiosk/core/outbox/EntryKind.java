package zwfw.kiosk.core.outbox;

/** What an outbox entry carries. */
public enum EntryKind {
    CASE, EVALUATION, HEARTBEAT
}
