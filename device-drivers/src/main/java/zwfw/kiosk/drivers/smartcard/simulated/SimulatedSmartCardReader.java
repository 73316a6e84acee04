package zwfw.kiosk.drivers.smartcard.simulated;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.ReaderSlot;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;
import zwfw.kiosk.drivers.smartcard.virtualcard.CardApplet;

/**
 * A smart-card reader in memory for the demo and for tests of what listens to readers: the demo
 * {@link #insert}s a {@link CardApplet} (such as the virtual social security card) and
 * {@link #remove}s it; card work talks to the applet directly, with the same APDU rules as a real card.
 */
public final class SimulatedSmartCardReader extends AbstractDevice implements SmartCardReader {
    public static final String DRIVER = "simulated";

    private final String readerName;
    private final List<CardListener> cardListeners = new CopyOnWriteArrayList<>();
    private volatile CardApplet card;

    public SimulatedSmartCardReader(String id, String readerName) {
        super(id, DeviceKind.SMART_CARD_READER, DRIVER);
        this.readerName = readerName;
    }

    /** Puts a card in the reader (replacing one already there). */
    public void insert(CardApplet applet) {
        if (card != null) {
            remove();
        }
        applet.reset();
        card = applet;
        if (isEnabled()) {
            CardInfo info = new CardInfo(readerName, applet.atr());
            for (CardListener l : cardListeners) {
                dispatch(() -> l.cardInserted(this, info));
            }
        }
    }

    /** Takes the card out. */
    public void remove() {
        if (card == null) {
            return;
        }
        card = null;
        if (isEnabled()) {
            for (CardListener l : cardListeners) {
                dispatch(() -> l.cardRemoved(this, readerName));
            }
        }
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }

    @Override
    public List<ReaderSlot> readers() {
        CardApplet c = card;
        return List.of(new ReaderSlot(readerName, c != null, c == null ? "" : HexFormat.of().withUpperCase().formatHex(c.atr())));
    }

    @Override
    public void addCardListener(CardListener listener) {
        cardListeners.add(listener);
    }

    @Override
    public void removeCardListener(CardListener listener) {
        cardListeners.remove(listener);
    }

    @Override
    public <T> T withCard(String name, CardWork<T> work) throws DeviceException {
        if (!isOpen()) {
            throw new DeviceException("NOT_OPEN", "device " + id() + " is not open");
        }
        if (name != null && !name.equals(readerName)) {
            throw new DeviceException("NO_READER", "no reader named '" + name + "'");
        }
        CardApplet c = card;
        if (c == null) {
            throw new DeviceException("NO_CARD", "no card in reader " + readerName);
        }
        updateState(DeviceState.BUSY);
        try {
            return work.run(command -> {
                if (card != c) {
                    throw new DeviceException("CARD_REMOVED", "the card left the reader during APDU exchange");
                }
                return c.process(command);
            });
        } finally {
            updateState(DeviceState.READY);
        }
    }

    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        return new HealthReport(s.state().isUsable(), s, "simulated reader", Map.of("cardPresent", Boolean.toString(card != null)));
    }
}
