package zwfw.kiosk.drivers.idcard;

import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.idcard.card.IdCard;

/**
 * Hears cards come and go. Called on the reader's event thread. Every listener gets its own copy
 * of the card and should {@link IdCard#wipe()} it when done.
 */
public interface IdCardListener {

    /** A card was placed and read. */
    void cardArrived(IdCardReader reader, IdCard card);

    /** The card that was delivered is no longer on the reader. */
    default void cardRemoved(IdCardReader reader) {
    }

    /**
     * A card is on the reader but could not be read, even after one retry. The error's code names
     * the reader's status ({@code READ_FAILED}, {@code WRONG_CARD_TYPE}, {@code SELECT_FAILED} …) or
     * {@code NO_VALID_REPLY} when no well-formed answer came. The card must be lifted and placed again.
     */
    default void readFailed(IdCardReader reader, DeviceError error) {
    }
}
