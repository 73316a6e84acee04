package zwfw.kiosk.drivers.camera;

/** The stable codes of a failed {@link DocumentCamera#capture()} (the {@link zwfw.kiosk.drivers.device.DeviceException#code()}). */
public final class CaptureFailure {
    /** The camera (or its capture tool's folder) is not there. */
    public static final String NOT_CONNECTED = "NOT_CONNECTED";
    /** A picture came, but nothing lies under the camera (an empty, uniform platform). */
    public static final String NO_PAPER = "NO_PAPER";
    /** No picture arrived in time. */
    public static final String TIMEOUT = "TIMEOUT";
    /** What arrived is not a complete PNG or JPEG image. */
    public static final String BAD_IMAGE = "BAD_IMAGE";
    /** The device is not opened and enabled. */
    public static final String NOT_READY = "NOT_READY";

    private CaptureFailure() {
    }
}
