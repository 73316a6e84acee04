package zwfw.kiosk.app.screen.maintenance.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwfw.kiosk.core.devicehealth.DeviceCount;
import zwfw.kiosk.core.devicehealth.DeviceCounters;
import zwfw.kiosk.core.devicehealth.DeviceTest;
import zwfw.kiosk.core.devicehealth.DeviceTests;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * The devices as the devices page needs them, so that its view model never touches a driver:
 * rows of states and counters, the tests each device offers and running them, the paper roll, the
 * log lines about a device. Blocking (devices, database, disk): call it off the FX thread.
 */
public final class DeviceDesk {
    /** One device as the page lists it (no personal data: states, counts, the driver's error text masked). */
    public record Row(String id, String kind, String driver, String state, String condition, String lastError, DeviceCount counts) {
        public boolean countsPaper() {
            return DeviceKind.RECEIPT_PRINTER.name().equals(kind);
        }
    }

    private final List<Device> devices;
    private final DeviceCounters counters;
    private final DeviceTests tests;
    private final LogTail logTail;

    public DeviceDesk(List<Device> devices, DeviceCounters counters, DeviceTests tests, LogTail logTail) {
        this.devices = List.copyOf(devices);
        this.counters = counters;
        this.tests = tests;
        this.logTail = logTail;
    }

    public List<String> ids() {
        return devices.stream().map(Device::id).toList();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Device d : devices) {
            DeviceStatus s = d.status();
            DeviceCount c = counters.snapshot(d.id());
            rows.add(new Row(d.id(), d.kind().name(), d.driver(), s.reportedState(), s.condition() == null ? "" : s.condition(),
                    c.lastError(), c));
        }
        return rows;
    }

    public List<DeviceTest> tests(String id) {
        return device(id).map(DeviceTest::of).orElse(List.of());
    }

    public boolean countsPaper(String id) {
        return device(id).map(d -> d.kind() == DeviceKind.RECEIPT_PRINTER).orElse(false);
    }

    public String run(String id, DeviceTest test) throws Exception {
        return tests.run(test, device(id).orElseThrow());
    }

    /** A new roll is in: returns how many prints the old one counted. */
    public long resetPaperRoll(String id) {
        long before = counters.snapshot(id).paperRoll();
        counters.resetPaperRoll(id);
        return before;
    }

    public List<String> log(String id) {
        return logTail.linesAbout(id);
    }

    private Optional<Device> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
