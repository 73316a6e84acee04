package zwfw.kiosk.core.outbox;

/** What an outbox entry carries. (Heartbeats left the outbox in schema version 2: only the latest one matters.) */
public enum EntryKind {
    CASE, EVALUATION
}
