package zwfw.kiosk.drivers.smartcard;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.util.List;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.profile.CardIdentity;
import zwfw.kiosk.drivers.smartcard.profile.CardProfile;

/**
 * A smart-card reader (PC/SC or simulated). It watches its readers on its own thread and tells
 * {@link CardListener}s when a card arrives or leaves; {@link #withCard} runs APDU work on the
 * card that is present, and {@link #read} runs a {@link CardProfile} to get the holder's identity.
 */
public interface SmartCardReader extends Device {

    /** The readers this device watches, with whether a card is in each (and its ATR). */
    List<ReaderSlot> readers() throws DeviceException;

    void addCardListener(CardListener listener);

    void removeCardListener(CardListener listener);

    /**
     * Connects to the card in {@code readerName} (null: the first watched reader with a card) and
     * runs {@code work} with a channel to it; the card is released afterwards.
     *
     * @throws DeviceException {@code NO_CARD} when no card is present, {@code CARD_REMOVED} when it
     *     left during the work, or a {@link CardStatusException} for a refused command
     */
    <T> T withCard(String readerName, CardWork<T> work) throws DeviceException;

    /** Reads the identity a profile describes from the card in {@code readerName} (null: any). */
    default CardIdentity read(String readerName, CardProfile profile) throws DeviceException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "read card");
        return withCard(readerName, channel -> profile.readFrom(channel));
    }

    /** Work done with a card while it is connected. */
    @FunctionalInterface
    interface CardWork<T> {
        T run(ApduChannel channel) throws DeviceException;
    }
}
