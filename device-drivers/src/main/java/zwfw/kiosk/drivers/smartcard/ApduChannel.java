package zwfw.kiosk.drivers.smartcard;

import zwfw.kiosk.drivers.device.DeviceException;

/**
 * A way to send command APDUs to a card. {@link #transmitRaw} is the bare exchange; {@link #exchange}
 * adds what every caller needs: it fetches {@code 61xx} remainders with GET RESPONSE, repeats a
 * command with the length a {@code 6Cxx} asks for, and turns any status other than {@code 9000}
 * into a {@link CardStatusException} that names it.
 */
public interface ApduChannel {

    /** Sends one command APDU and returns the response APDU (data followed by SW1 SW2). */
    byte[] transmitRaw(byte[] command) throws DeviceException;

    /**
     * Sends {@code command} and returns the response data (without the status word).
     *
     * @param what a few words naming the command for error messages, e.g. {@code "SELECT FILE EF05"}
     */
    default byte[] exchange(byte[] command, String what) throws DeviceException {
        return Apdus.exchange(this, command, what);
    }
}
