package zwfw.kiosk.core.availability;

/** Who holds a lock record: each lifts only its own, so a staff unlock never overrides the platform's LOCK. */
public enum LockHolder {
    STAFF(OutOfServiceReason.STAFF_LOCK),
    PLATFORM(OutOfServiceReason.PLATFORM_LOCK);

    private final OutOfServiceReason reason;

    LockHolder(OutOfServiceReason reason) {
        this.reason = reason;
    }

    /** The out-of-service reason this holder's lock is. */
    public OutOfServiceReason reason() {
        return reason;
    }
}
