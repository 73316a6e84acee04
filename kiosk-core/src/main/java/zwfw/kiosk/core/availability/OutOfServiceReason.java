package zwfw.kiosk.core.availability;

/**
 * Why the kiosk may be out of service. Several can hold at once; the kiosk is in service only when
 * none does. The declaration order is the precedence of the one the screen shows: the reason that
 * lasts longest and that only someone else can lift comes first.
 */
public enum OutOfServiceReason {
    /** The back end did not start; only a restart helps. */
    START_FAILED,
    /** The platform sent {@code LOCK}; only its {@code UNLOCK} lifts it. */
    PLATFORM_LOCK,
    /** Maintenance staff locked the kiosk (kioskctl or the PIN pad on the screen). */
    STAFF_LOCK,
    /** A technician is working at the kiosk's maintenance screen (a staff session): until they leave it. */
    MAINTENANCE,
    /**
     * The platform refuses this kiosk's signatures as {@code TIMESTAMP_SKEW}: its clock is more than
     * 300 s off (contract §1). Nothing it sends would be taken until the clock is right, so it stops
     * taking cases rather than queueing them for ever; the next heartbeat that goes through lifts it.
     */
    CLOCK_WRONG,
    /** A device the kiosk cannot work without (configured {@code essential: true}) is down. */
    DEVICE_DOWN
}
