package zwfw.kiosk.app.screen;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.screen.attract.AttractViewModel;
import zwfw.kiosk.core.availability.LockHolder;
import zwfw.kiosk.core.availability.LockWatch;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.availability.ServiceLock;
import zwfw.kiosk.core.availability.ServiceLocks;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.availability.ServiceState;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * Decides whether the kiosk is in service. Several reasons may hold at once (platform LOCK, a staff
 * lock, an essential device down, a failed start); the kiosk serves only when none does, and the
 * attract screen shows the first in {@link OutOfServiceReason}'s order. Staff and platform locks are
 * records on disk ({@link ServiceLocks}), watched every {@value #WATCH_MILLIS} ms, so a lock set by
 * {@code kioskctl} reaches the screen and survives a restart. Every change is also written to
 * {@link ServiceReport} for {@code kioskctl kiosk status}.
 *
 * <p>What the kiosk believes about a lock always follows its record: a staff lock or unlock whose record
 * cannot be written is reported to the caller, never taken for done.
 *
 * <p>Every change of the reasons is told to the visit ({@code reasonsChanged}), whose rules decide
 * what it means for a citizen being served (a staff lock or a device down lets them finish; a
 * platform LOCK or a failed start ends the visit at once). Only the FX thread changes the state.
 */
public final class ServiceGate implements AutoCloseable {
    static final long WATCH_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ServiceGate.class);
    /** Channels named in the lock records (never a person). */
    public static final String BY_SCREEN = "screen";
    public static final String BY_PLATFORM = "platform";

    private final KioskConfig config;
    private final AttractViewModel attract;
    private final Consumer<Set<OutOfServiceReason>> reasonsChanged;
    private final Executor work;
    private final ServiceState state = new ServiceState();
    private final ServiceLocks locks;
    private final LockWatch watch;
    private final ServiceReport report;
    private final Map<Device, DeviceListener> watched = new LinkedHashMap<>();
    /** Essential devices that are down now (FX thread only). */
    private final java.util.Set<Device> down = new java.util.HashSet<>();
    private Map<LockHolder, ServiceLock> lockRecords = Map.of();

    public ServiceGate(KioskConfig config, AttractViewModel attract, Consumer<Set<OutOfServiceReason>> reasonsChanged, Executor work) {
        this.config = config;
        this.attract = attract;
        this.reasonsChanged = reasonsChanged;
        this.work = work;
        this.locks = new ServiceLocks(config.dataDir(), config.clock());
        this.report = new ServiceReport(config.dataDir(), config.clock());
        this.watch = new LockWatch(locks, records -> Platform.runLater(() -> locksRead(records)));
    }

    /**
     * Reads the lock records now, so a locked kiosk never shows in service for a moment after a
     * restart, then watches them. Called on the FX thread.
     */
    public void start() {
        try {
            locksRead(locks.current());
        } catch (RuntimeException e) {
            log.warn("lock records not read at start: {}", e.getMessage());
        }
        watch.start(Duration.ofMillis(WATCH_MILLIS));
        report();
    }

    /** Watches the devices configured {@code essential}; each one down takes the kiosk out of service. */
    public void watchEssential(List<Device> devices) {
        for (Device d : devices) {
            if (!config.essential(d.id())) {
                continue;
            }
            DeviceListener l = new DeviceListener() {
                @Override
                public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
                    Platform.runLater(() -> deviceStatus(device, current));
                }
            };
            d.addListener(l);
            watched.put(d, l);
            Platform.runLater(() -> deviceStatus(d, d.status()));
        }
    }

    /** A staff session at the kiosk's screen began (true) or ended (false): no citizen is served meanwhile. */
    public void maintenance(boolean on) {
        change(OutOfServiceReason.MAINTENANCE, on);
    }

    /** The back end did not start: out of service until a restart. */
    public void startFailed() {
        change(OutOfServiceReason.START_FAILED, true);
    }

    /** The platform's LOCK: recorded (so it survives a restart) and the session ends now. */
    public void platformLock(String reason) {
        change(OutOfServiceReason.PLATFORM_LOCK, true);
        write(() -> locks.lock(LockHolder.PLATFORM, reason == null || reason.isBlank() ? "platform LOCK" : reason, BY_PLATFORM));
    }

    /** The platform refused the kiosk's clock (true), or took a heartbeat again (false). */
    public void clockWrong(boolean wrong) {
        change(OutOfServiceReason.CLOCK_WRONG, wrong);
    }

    /** The platform's UNLOCK lifts only the platform's own lock. */
    public void platformUnlock() {
        change(OutOfServiceReason.PLATFORM_LOCK, false);
        write(() -> locks.unlock(LockHolder.PLATFORM, BY_PLATFORM));
    }

    /**
     * Staff locked the kiosk on its screen (after the maintenance PIN). The kiosk believes what the
     * record on disk says: it goes out of service once the record is written; if it cannot be written
     * (read-only or full disk) the future fails with one line saying why and nothing changes. The
     * future completes on the FX thread.
     */
    public CompletableFuture<Void> staffLock(String reason) {
        return record(() -> locks.lock(LockHolder.STAFF, reason, BY_SCREEN));
    }

    /** Staff lifted their lock on the screen, once its record is deleted; other reasons keep holding. As {@link #staffLock}. */
    public CompletableFuture<Void> staffUnlock() {
        return record(() -> locks.unlock(LockHolder.STAFF, BY_SCREEN));
    }

    /** Changes a record off the FX thread, then takes on what the records say now, then completes (FX thread). */
    private CompletableFuture<Void> record(Runnable recordChange) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        work.execute(() -> {
            RuntimeException failed = null;
            try {
                recordChange.run();
            } catch (RuntimeException e) {
                log.error("lock record not changed: {}", e.getMessage());
                failed = e;
            }
            Map<LockHolder, ServiceLock> now = null;
            try {
                now = locks.current();
            } catch (RuntimeException e) {
                log.warn("lock records not read: {}", e.getMessage());
            }
            RuntimeException failure = failed;
            Map<LockHolder, ServiceLock> records = now;
            Platform.runLater(() -> {
                if (records != null) {
                    locksRead(records);
                }
                if (failure == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(failure);
                }
            });
            watch.checkNow();
        });
        return done;
    }

    public boolean inService() {
        return state.inService();
    }

    public boolean holds(OutOfServiceReason reason) {
        return state.reasons().contains(reason);
    }

    /** The message keys of every reason that holds, in precedence order (for the staff panel). */
    public List<String> reasonKeys() {
        return state.reasons().stream().map(this::messageKey).toList();
    }

    private void write(Runnable recordChange) {
        work.execute(() -> {
            try {
                recordChange.run();
            } catch (RuntimeException e) {
                log.error("lock record not written: {}", e.getMessage());
            }
            watch.checkNow();
        });
    }

    private void locksRead(Map<LockHolder, ServiceLock> records) {
        lockRecords = records;
        for (LockHolder h : LockHolder.values()) {
            change(h.reason(), records.containsKey(h));
        }
    }

    private void deviceStatus(Device device, DeviceStatus status) {
        boolean wasDown = down.contains(device);
        boolean isDown = !status.state().isUsable();
        if (isDown != wasDown) {
            if (isDown) {
                down.add(device);
            } else {
                down.remove(device);
            }
            log.warn("essential device {} {}", device.id(), isDown ? "down: " + status.reportedState() : "back");
        }
        change(OutOfServiceReason.DEVICE_DOWN, !down.isEmpty());
        show(); // the device named on the screen may have changed
    }

    private void change(OutOfServiceReason reason, boolean held) {
        if (!state.set(reason, held)) {
            return;
        }
        log.warn("{} {}: kiosk {}", reason, held ? "holds" : "lifted", state);
        show();
        report();
        reasonsChanged.accept(state.reasons());
    }

    /** Tells kioskctl what the screen shows now (written off the FX thread, in order). */
    private void report() {
        var reasons = state.reasons();
        work.execute(() -> {
            try {
                report.write(reasons);
            } catch (RuntimeException e) {
                log.warn("service state not recorded: {}", e.getMessage());
            }
        });
    }

    private void show() {
        Optional<OutOfServiceReason> shown = state.shown();
        if (shown.isPresent()) {
            attract.outOfService(messageKey(shown.get()));
        } else {
            attract.inService();
        }
    }

    private String messageKey(OutOfServiceReason reason) {
        return switch (reason) {
            case START_FAILED -> "outOfService.reason.startFailed";
            case PLATFORM_LOCK -> "outOfService.reason.locked";
            case STAFF_LOCK, MAINTENANCE -> "outOfService.reason.staffLock";
            case CLOCK_WRONG -> "outOfService.reason.clockWrong";
            // Name the first device down in configuration order.
            case DEVICE_DOWN -> watched.keySet().stream().filter(down::contains).findFirst()
                    .filter(d -> d.kind() != DeviceKind.ID_CARD_READER)
                    .map(d -> "outOfService.reason.device").orElse("outOfService.reason.idCardReader");
        };
    }

    /** The lock records as last read (tests and the staff panel). */
    public Map<LockHolder, ServiceLock> lockRecords() {
        return lockRecords;
    }

    @Override
    public void close() {
        watch.close();
        watched.forEach(Device::removeListener);
        watched.clear();
    }
}
