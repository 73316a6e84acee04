package zwfw.kiosk.drivers.idcard.simulated;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;

/**
 * The {@code simulated} ID card reader for the demo and UI tests: a caller {@link #place}s a card
 * and {@link #remove}s it. It behaves like the real driver to its listeners: a placed card is
 * delivered once after {@code readDelayMs} (only while enabled; a card placed while disabled is
 * delivered on enable), and its removal is reported. {@link #unplug()} and {@link #plugBack()}
 * simulate the reader's cable: OFFLINE, no reads, until it is back.
 */
public final class SimulatedIdCardReader extends AbstractDevice implements IdCardReader {
    public static final String DRIVER = "simulated";

    private final long readDelayMillis;
    private final List<IdCardListener> cardListeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private IdCard onReader;
    private boolean delivered;
    /** A card the reader could not read lies on it ({@link #placeUnreadable}); its removal is reported too. */
    private boolean unreadableOnReader;
    private boolean unplugged;
    private ScheduledFuture<?> pendingRead;

    public SimulatedIdCardReader(String id, long readDelayMillis) {
        super(id, DeviceKind.ID_CARD_READER, DRIVER);
        this.readDelayMillis = Math.max(0, readDelayMillis);
    }

    @Override
    public void addCardListener(IdCardListener listener) {
        cardListeners.add(listener);
    }

    @Override
    public void removeCardListener(IdCardListener listener) {
        cardListeners.remove(listener);
    }

    /** Puts a card on the reader (replacing one that is there). */
    public synchronized void place(IdCard card) {
        if (onReader != null || unreadableOnReader) {
            remove();
        }
        onReader = card.copy();
        delivered = false;
        scheduleRead();
    }

    /** Lifts the card; listeners hear it if it had been delivered, or reported as unreadable. */
    public synchronized void remove() {
        if (pendingRead != null) {
            pendingRead.cancel(false);
            pendingRead = null;
        }
        if (unreadableOnReader) {
            unreadableOnReader = false;
            for (IdCardListener l : cardListeners) {
                dispatch(() -> l.cardRemoved(this));
            }
        }
        if (onReader == null) {
            return;
        }
        onReader.wipe();
        onReader = null;
        if (delivered) {
            delivered = false;
            for (IdCardListener l : cardListeners) {
                dispatch(() -> l.cardRemoved(this));
            }
        }
    }

    /** Simulates the reader's cable pulled: the reader goes OFFLINE and reads nothing until {@link #plugBack()}. */
    public synchronized void unplug() {
        unplugged = true;
        if (pendingRead != null) {
            pendingRead.cancel(false);
            pendingRead = null;
        }
        updateState(DeviceState.OFFLINE);
    }

    /** The cable is back: READY again, and a card left on the reader is read. */
    public synchronized void plugBack() {
        if (!unplugged) {
            return;
        }
        unplugged = false;
        updateState(DeviceState.READY);
        if (onReader != null && !delivered) {
            scheduleRead();
        }
    }

    /**
     * Puts a card the reader cannot read (a worn chip, a bank card): once enabled, listeners hear
     * {@code readFailed} with {@code code} (e.g. {@code READ_FAILED}, {@code WRONG_CARD_TYPE}), as from
     * a real reader after its retry; lifting it ({@link #remove()}) is heard as the card removed.
     */
    public synchronized void placeUnreadable(String code) {
        remove();
        if (!isEnabled()) {
            return;
        }
        unreadableOnReader = true;
        DeviceError error = new DeviceError(code, "the card on the reader could not be read");
        for (IdCardListener l : cardListeners) {
            dispatch(() -> l.readFailed(this, error));
        }
    }

    /** Whether the reader's cable is (simulated) pulled. */
    public synchronized boolean isUnplugged() {
        return unplugged;
    }

    /** Whether a card is on the reader. */
    public synchronized boolean hasCard() {
        return onReader != null || unreadableOnReader;
    }

    @Override
    protected void doOpen() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulated-idcard-" + id());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected synchronized void doEnable() {
        // enabled is set after this returns: read from the timer thread once it is.
        if (onReader != null && !delivered) {
            pendingRead = timer.schedule(this::deliver, Math.max(readDelayMillis, 1), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected synchronized void doDisable() {
        if (pendingRead != null) {
            pendingRead.cancel(false);
            pendingRead = null;
        }
    }

    @Override
    protected void doClose() {
        synchronized (this) {
            if (onReader != null) {
                onReader.wipe();
                onReader = null;
            }
            delivered = false;
            unreadableOnReader = false;
        }
        timer.shutdownNow();
    }

    @Override
    public HealthReport checkHealth() {
        return new HealthReport(status().state() != DeviceState.CLOSED, status(), "simulated reader",
                Map.of("cardOnReader", Boolean.toString(hasCard())));
    }

    private void scheduleRead() {
        if (isEnabled() && timer != null && !unplugged) {
            pendingRead = timer.schedule(this::deliver, readDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void deliver() {
        pendingRead = null;
        if (onReader == null || delivered || unplugged) { // doDisable cancels a pending read
            return;
        }
        delivered = true;
        updateState(DeviceState.BUSY);
        for (IdCardListener l : cardListeners) {
            IdCard own = onReader.copy();
            dispatch(() -> l.cardArrived(this, own));
        }
        updateState(DeviceState.READY);
    }
}
