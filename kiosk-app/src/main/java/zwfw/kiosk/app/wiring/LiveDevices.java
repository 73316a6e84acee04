package zwfw.kiosk.app.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.devicehealth.DeviceCounters;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * The configured devices as the kiosk holds them ({@link LiveDevice}), their counters, and the one
 * way to change a device while the kiosk runs: {@link #reopen}, which closes only that device's
 * driver and opens the newly configured one in its place; the others are untouched.
 */
public final class LiveDevices {
    private static final Logger log = LoggerFactory.getLogger(LiveDevices.class);

    private final DeviceRegistry registry;
    private final DeviceCounters counters;
    private final List<Device> devices = new ArrayList<>();

    LiveDevices(DeviceRegistry registry, DeviceCounters counters) {
        this.registry = registry;
        this.counters = counters;
    }

    /** Opens and enables a configured device; one that cannot open stays OFFLINE and its driver keeps trying. */
    Device add(DeviceConfig config) throws DeviceException {
        Device driver = registry.create(config);
        Device live = LiveDevice.wrap(driver, counters);
        counters.watch(live);
        try {
            driver.open();
            driver.enable();
        } catch (DeviceException e) {
            log.warn("device {} did not start: {} {}", config.id(), e.code(), e.getMessage());
        }
        devices.add(live);
        return live;
    }

    /** Every configured device, in configuration order (stable objects: the same before and after a reopen). */
    public List<Device> all() {
        return List.copyOf(devices);
    }

    public Optional<Device> byId(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The first device that is a {@code type}: the stable object for an interface, else the driver behind it now. */
    public <T> Optional<T> first(Class<T> type) {
        for (Device d : devices) {
            if (type.isInstance(d)) {
                return Optional.of(type.cast(d));
            }
            Device driver = LiveDevice.of(d).driver();
            if (type.isInstance(driver)) {
                return Optional.of(type.cast(driver));
            }
        }
        return Optional.empty();
    }

    /**
     * Closes device {@code config.id()}'s driver and opens the one {@code config} describes in its place.
     * Returns the device's status once opened: usable, or why not (then offer undo). Blocking: never on the FX thread.
     */
    public DeviceStatus reopen(DeviceConfig config) throws DeviceException {
        Device live = byId(config.id()).orElseThrow(() -> new DeviceException("UNKNOWN_DEVICE", "no device " + config.id()));
        Device next = registry.create(config);
        try {
            LiveDevice.of(live).replace(next);
        } catch (DeviceException e) {
            log.warn("device {} did not open after a change: {} {}", config.id(), e.code(), e.getMessage());
        }
        log.info("device {} reopened with driver {}: {}", config.id(), config.driver(), next.status().reportedState());
        return next.status();
    }

    public DeviceCounters counters() {
        return counters;
    }

    /** Closes every device, last first. */
    void close() {
        for (int i = devices.size() - 1; i >= 0; i--) {
            devices.get(i).close();
        }
    }
}
