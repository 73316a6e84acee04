package zwfw.kiosk.drivers.transport;

import java.io.IOException;

/** A link to a device failed; {@link #reason()} says how, so a driver can decide to wait, retry or give up. */
public class TransportException extends IOException {

    public enum Reason {
        /** The port, file or host does not exist. */
        NOT_FOUND,
        /** Someone else holds the port, or we may not open it. */
        BUSY,
        /** The link was there and went away (USB unplugged, peer closed). */
        DISCONNECTED,
        /** Any other input/output failure. */
        IO
    }

    private final Reason reason;

    public TransportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
