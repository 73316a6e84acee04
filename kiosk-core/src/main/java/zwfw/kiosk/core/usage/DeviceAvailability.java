package zwfw.kiosk.core.usage;

import java.util.ArrayList;
import java.util.List;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * Records each device's faults as periods: from the moment it stops being ready (READY or BUSY)
 * until it is again, with its condition (e.g. {@code PAPER_OUT}) or state. Only the device's id,
 * never what it read or printed.
 */
public final class DeviceAvailability implements DeviceListener, AutoCloseable {
    private final UsageRecorder recorder;
    private final List<Device> watched = new ArrayList<>();

    DeviceAvailability(UsageRecorder recorder) {
        this.recorder = recorder;
    }

    void watch(List<Device> devices) {
        for (Device d : devices) {
            d.addListener(this);
            watched.add(d);
            statusChanged(d, null, d.status()); // a device already down at start is down from now
        }
    }

    static boolean up(DeviceStatus s) {
        return s != null && (s.state() == DeviceState.READY || s.state() == DeviceState.BUSY);
    }

    @Override
    public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
        String detail = current == null ? "" : current.condition() != null ? current.condition() : current.state().name();
        recorder.period(UsagePeriod.Kind.DEVICE_FAULT, device.id(), detail, !up(current));
    }

    @Override
    public void close() {
        watched.forEach(d -> d.removeListener(this));
        watched.clear();
    }
}
