package zwfw.kiosk.drivers.device;

/**
 * The uniform states of every device (after UnifiedPOS). Kind-specific conditions such as
 * "paper near end" travel beside the state in {@link DeviceStatus#condition()}.
 */
public enum DeviceState {
    /** Not opened, or closed again. */
    CLOSED,
    /** Open and enabled; working. */
    READY,
    /** Open and working on a request (a read, a print job). */
    BUSY,
    /** The device does not answer or its port is gone; the driver keeps trying to get it back. */
    OFFLINE,
    /** The device answers but reports a fault that needs a person (paper out, cover open, SAM failure). */
    ERROR;

    /** Whether a device in this state can take work now. */
    public boolean isUsable() {
        return this == READY || this == BUSY;
    }
}
