package zwfw.kiosk.core.devicehealth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import zwfw.kiosk.core.privacy.PersonalDataMasker;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.scanner.CodeScanner;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;

/**
 * Counts what each device did since the kiosk started, fed by the devices' own events: reads (cards,
 * codes), prints (told by whoever prints, see {@link #printed}), failures (errors the device
 * reported, failed prints) and reconnects (back to usable after OFFLINE or ERROR), with the last
 * error. {@link #snapshot()} is the public view for the maintenance screen, metrics and the
 * diagnostics bundle. Thread-safe: devices call it on their own event threads.
 */
public final class DeviceCounters {
    private final Clock clock;
    private final PaperRoll paperRoll;
    private final Map<String, Counts> counts = new ConcurrentHashMap<>();
    private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** {@code paperRoll} may be null (no database): then every roll counts 0. */
    public DeviceCounters(Clock clock, PaperRoll paperRoll) {
        this.clock = clock;
        this.paperRoll = paperRoll;
    }

    private static final class Counts {
        final AtomicLong reads = new AtomicLong();
        final AtomicLong prints = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong reconnects = new AtomicLong();
        volatile String lastError = "";
        volatile Instant lastErrorAt;
    }

    /** Listens to {@code device}'s events from now on (a device replaced live is watched again under the same id). */
    public void watch(Device device) {
        counts(device.id());
        device.addListener(new DeviceListener() {
            @Override
            public void statusChanged(Device d, DeviceStatus previous, DeviceStatus current) {
                boolean wasDown = previous.state() == DeviceState.OFFLINE || previous.state() == DeviceState.ERROR;
                if (wasDown && current.state().isUsable()) {
                    counts(device.id()).reconnects.incrementAndGet();
                }
            }

            @Override
            public void errorOccurred(Device d, DeviceError error) {
                failed(device.id(), error.code() + ": " + error.message());
            }
        });
        if (device instanceof IdCardReader r) {
            r.addCardListener(new IdCardListener() {
                @Override
                public void cardArrived(IdCardReader reader, zwfw.kiosk.drivers.idcard.card.IdCard card) {
                    read(device.id());
                }

                @Override
                public void readFailed(IdCardReader reader, DeviceError error) {
                    failed(device.id(), error.code() + ": " + error.message());
                }
            });
        }
        if (device instanceof SmartCardReader r) {
            r.addCardListener(new CardListener() {
                @Override
                public void cardInserted(SmartCardReader reader, CardInfo card) {
                    read(device.id());
                }

                @Override
                public void cardRemoved(SmartCardReader reader, String readerName) {
                }
            });
        }
        if (device instanceof CodeScanner s) {
            s.addScanListener((scanner, scan) -> read(device.id()));
        }
    }

    public void read(String deviceId) {
        counts(deviceId).reads.incrementAndGet();
    }

    /** A print finished on {@code deviceId}: counted, and on the paper roll when it printed. */
    public void printed(String deviceId, boolean ok, String failure) {
        Counts c = counts(deviceId);
        if (ok) {
            c.prints.incrementAndGet();
            if (paperRoll != null) {
                paperRoll.printed(deviceId);
            }
        } else {
            failed(deviceId, failure == null ? "print failed" : failure);
        }
    }

    public void failed(String deviceId, String what) {
        Counts c = counts(deviceId);
        c.failures.incrementAndGet();
        c.lastError = PersonalDataMasker.mask(what == null ? "" : what);
        c.lastErrorAt = clock.instant();
    }

    /** Staff put a new paper roll in {@code deviceId}. */
    public void resetPaperRoll(String deviceId) {
        if (paperRoll != null) {
            paperRoll.reset(deviceId);
        }
    }

    /** Every device's counters, in the order they were first watched. Reads the paper rolls from the database. */
    public List<DeviceCount> snapshot() {
        List<DeviceCount> out = new ArrayList<>();
        for (String id : order) {
            out.add(snapshot(id));
        }
        return out;
    }

    public DeviceCount snapshot(String deviceId) {
        Counts c = counts(deviceId);
        long roll = paperRoll == null ? 0 : paperRoll.count(deviceId);
        return new DeviceCount(deviceId, c.reads.get(), c.prints.get(), c.failures.get(), c.reconnects.get(),
                c.lastError, c.lastErrorAt, roll);
    }

    private Counts counts(String id) {
        return counts.computeIfAbsent(id, k -> {
            order.add(k);
            return new Counts();
        });
    }
}
