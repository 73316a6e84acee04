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
    /** A device the kiosk cannot work without (configured {@code essential: true}) is down. */
    DEVICE_DOWN
}
