package zwfw.kiosk.drivers.smartcard;

import zwfw.kiosk.drivers.device.DeviceException;

/**
 * The card refused a command: the status word is kept and named (code {@code CARD_FILE_NOT_FOUND} …),
 * and the message says which command, e.g. "SELECT FILE EF05: card answered 6A82 (file not found)".
 */
public class CardStatusException extends DeviceException {
    private final int statusWord;

    public CardStatusException(int statusWord, String what) {
        super("CARD_" + StatusWords.name(statusWord),
                what + ": card answered " + StatusWords.hex(statusWord) + " (" + StatusWords.describe(statusWord) + ")");
        this.statusWord = statusWord;
    }

    public int statusWord() {
        return statusWord;
    }
}
