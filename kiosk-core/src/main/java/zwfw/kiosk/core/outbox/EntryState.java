package zwfw.kiosk.core.outbox;

/** Where an outbox entry stands. QUEUED and CONFLICT count towards the depth. */
public enum EntryState {
    /** Waiting for (another) delivery attempt. */
    QUEUED,
    /** The platform accepted it. */
    DELIVERED,
    /** The platform refused it for good (400, 404, 422); the citizen is shown the reason. */
    REJECTED,
    /** 409: the platform holds a different body under the same id; waits for staff. */
    CONFLICT
}
