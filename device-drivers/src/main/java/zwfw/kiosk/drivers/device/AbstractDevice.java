package zwfw.kiosk.drivers.device;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life cycle, status and listener plumbing every driver shares. A subclass implements
 * {@link #doOpen()}, {@link #doEnable()}, {@link #doDisable()} and {@link #doClose()}, calls
 * {@link #updateStatus} as the hardware changes, and posts its own data events with
 * {@link #dispatch}. Every event goes through one event thread per device, so listeners see
 * events in order and never on the caller's thread.
 */
public abstract class AbstractDevice implements Device {
    private static final Logger log = LoggerFactory.getLogger(AbstractDevice.class);

    private final String id;
    private final DeviceKind kind;
    private final String driver;
    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lifecycleLock = new Object();
    private volatile DeviceStatus status = DeviceStatus.of(DeviceState.CLOSED);
    private volatile boolean opened;
    private volatile boolean enabled;
    private ExecutorService events;

    protected AbstractDevice(String id, DeviceKind kind, String driver) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.driver = Objects.requireNonNull(driver, "driver");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final DeviceKind kind() {
        return kind;
    }

    @Override
    public final String driver() {
        return driver;
    }

    @Override
    public final DeviceStatus status() {
        return status;
    }

    public final boolean isOpen() {
        return opened;
    }

    public final boolean isEnabled() {
        return enabled;
    }

    @Override
    public final void open() throws DeviceException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "open");
        synchronized (lifecycleLock) {
            if (opened) {
                return;
            }
            events = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "device-events-" + id);
                t.setDaemon(true);
                return t;
            });
            opened = true;
            try {
                doOpen();
            } catch (DeviceException | RuntimeException e) {
                opened = false;
                events.shutdown();
                throw e;
            }
            if (status.state() == DeviceState.CLOSED) {
                updateStatus(DeviceStatus.of(DeviceState.READY));
            }
        }
    }

    @Override
    public final void enable() throws DeviceException {
        synchronized (lifecycleLock) {
            if (!opened) {
                throw new DeviceException("NOT_OPEN", "device " + id + " must be opened before it is enabled");
            }
            if (enabled) {
                return;
            }
            doEnable();
            enabled = true;
        }
    }

    @Override
    public final void disable() {
        synchronized (lifecycleLock) {
            if (!enabled) {
                return;
            }
            enabled = false;
            try {
                doDisable();
            } catch (RuntimeException e) {
                log.warn("device {} failed to disable cleanly: {}", id, e.toString());
            }
        }
    }

    @Override
    public final void close() {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "close");
        synchronized (lifecycleLock) {
            if (!opened) {
                return;
            }
            disable();
            try {
                doClose();
            } catch (RuntimeException e) {
                log.warn("device {} failed to close cleanly: {}", id, e.toString());
            }
            opened = false;
            updateStatus(DeviceStatus.of(DeviceState.CLOSED));
            ExecutorService ex = events;
            ex.shutdown();
            try {
                ex.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public final void addListener(DeviceListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public final void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    /** Sets the status and tells listeners if it changed (state, condition or detail). */
    protected final void updateStatus(DeviceStatus next) {
        DeviceStatus previous;
        synchronized (this) {
            previous = status;
            if (previous.sameAs(next)) {
                return;
            }
            status = next;
        }
        if (routine(previous, next)) {
            // a read or capture at work: at INFO it was two lines a card, a third of a busy kiosk's log
            log.debug("device {} {} -> {}", id, previous.reportedState(), next.reportedState());
        } else if (!previous.state().equals(next.state()) || next.state() != DeviceState.BUSY) {
            log.info("device {} {} -> {} {}", id, previous.reportedState(), next.reportedState(), next.detail());
        }
        dispatchToListeners(l -> l.statusChanged(this, previous, next));
    }

    /** READY to BUSY and back with nothing else to say: the device at work, not news. */
    private static boolean routine(DeviceStatus previous, DeviceStatus next) {
        boolean readyBusy = previous.state() == DeviceState.READY && next.state() == DeviceState.BUSY
                || previous.state() == DeviceState.BUSY && next.state() == DeviceState.READY;
        return readyBusy && next.condition() == null && previous.condition() == null && next.detail().isEmpty();
    }

    protected final void updateState(DeviceState state) {
        updateStatus(DeviceStatus.of(state));
    }

    /** Reports an error to listeners (and the log, by code only). */
    protected final void reportError(DeviceError error) {
        log.warn("device {} error {}", id, error.code());
        dispatchToListeners(l -> l.errorOccurred(this, error));
    }

    /** Runs a kind-specific event on this device's event thread. Dropped once the device is closed. */
    protected final void dispatch(Runnable event) {
        ExecutorService ex = events;
        if (ex == null || ex.isShutdown()) {
            return;
        }
        try {
            ex.execute(() -> {
                try {
                    event.run();
                } catch (RuntimeException e) {
                    log.error("listener of device {} failed", id, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // closed between the check and the submit: the event no longer matters
        }
    }

    /** Posts to every {@link DeviceListener}; subclasses post to their own listener types the same way. */
    protected final void dispatchToListeners(Consumer<DeviceListener> call) {
        for (DeviceListener l : listeners) {
            dispatch(() -> call.accept(l));
        }
    }

    protected abstract void doOpen() throws DeviceException;

    protected void doEnable() throws DeviceException {
    }

    protected void doDisable() {
    }

    protected abstract void doClose();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", " + status.reportedState() + "]";
    }
}
