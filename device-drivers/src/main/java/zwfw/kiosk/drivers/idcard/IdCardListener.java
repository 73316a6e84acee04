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

    /**
     * The card on the reader, delivered or not read ({@link #readFailed}), is no longer there: a card that would not
     * read lies on the reader all the same, and whoever placed it must know when it was taken.
     */
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
