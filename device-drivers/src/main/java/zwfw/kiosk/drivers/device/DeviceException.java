package zwfw.kiosk.drivers.device;

/** A device operation could not be done; {@link #code()} names why in a stable word. */
public class DeviceException extends Exception {
    private final String code;

    public DeviceException(String code, String message) {
        super(message);
        this.code = code;
    }

    public DeviceException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
