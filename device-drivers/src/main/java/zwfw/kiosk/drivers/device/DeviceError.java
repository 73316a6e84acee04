package zwfw.kiosk.drivers.device;

/**
 * A fault a device reported or a driver met, named by a stable code (for staff, logs and
 * statistics) with a plain-words message. Never carries personal data.
 */
public record DeviceError(String code, String message, Throwable cause) {

    public DeviceError(String code, String message) {
        this(code, message, null);
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
