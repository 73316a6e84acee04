package zwfw.kiosk.drivers.smartcard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import zwfw.kiosk.drivers.device.DeviceException;

/** The command/response rules of ISO 7816-4 that sit between a caller and a bare {@link ApduChannel}. */
public final class Apdus {
    private static final int MAX_GET_RESPONSE_ROUNDS = 32;

    private Apdus() {
    }

    static byte[] exchange(ApduChannel channel, byte[] command, String what) throws DeviceException {
        if (command == null || command.length < 4) {
            throw new IllegalArgumentException("a command APDU has at least 4 bytes");
        }
        byte[] response = check(channel.transmitRaw(command), what);
        int sw = statusWord(response);
        if ((sw & 0xFF00) == 0x6C00) {
            // Wrong Le: the card tells the right one; send the same command again with it.
            byte[] again = command.length == 4 ? Arrays.copyOf(command, 5) : command.clone();
            again[again.length - 1] = (byte) (sw & 0xFF);
            response = check(channel.transmitRaw(again), what);
            sw = statusWord(response);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int rounds = 0;
        while ((sw & 0xFF00) == 0x6100) {
            data.write(response, 0, response.length - 2);
            if (++rounds > MAX_GET_RESPONSE_ROUNDS) {
                throw new CardStatusException(sw, what + " (too many GET RESPONSE rounds)");
            }
            byte[] getResponse = {command[0], (byte) 0xC0, 0, 0, (byte) (sw & 0xFF)};
            response = check(channel.transmitRaw(getResponse), what);
            sw = statusWord(response);
        }
        if (sw != 0x9000) {
            throw new CardStatusException(sw, what);
        }
        data.write(response, 0, response.length - 2);
        return data.toByteArray();
    }

    /** The status word (SW1 SW2) at the end of a response APDU. */
    public static int statusWord(byte[] response) {
        return ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    private static byte[] check(byte[] response, String what) throws DeviceException {
        if (response == null || response.length < 2) {
            throw new DeviceException("BAD_RESPONSE", "card gave a response without a status word to " + what);
        }
        return response;
    }
}
