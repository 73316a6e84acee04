package zwfw.kiosk.drivers.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/**
 * Knows every driver by kind and name and builds devices from {@link DeviceConfig}. Each device
 * kind registers its factories; a new driver is one new {@link DeviceFactory}.
 */
public final class DeviceRegistry {
    private final Map<String, DeviceFactory> factories = new TreeMap<>();

    public DeviceRegistry register(DeviceFactory factory) {
        factories.put(key(factory.kind(), factory.driver()), factory);
        return this;
    }

    public Device create(DeviceConfig config) throws DeviceException {
        DeviceFactory factory = factories.get(key(config.kind(), config.driver()));
        if (factory == null) {
            throw new DeviceException("UNKNOWN_DRIVER", "device " + config.id() + ": no driver '" + config.driver()
                    + "' for " + config.kind() + " (known: " + driversFor(config.kind()) + ")");
        }
        return factory.create(config);
    }

    /** The factory of driver {@code driver} for {@code kind}, if registered. */
    public Optional<DeviceFactory> factory(DeviceKind kind, String driver) {
        return Optional.ofNullable(factories.get(key(kind, driver)));
    }

    /** The settings driver {@code driver} of {@code kind} declares, if it is registered. */
    public Optional<DriverSettings> settings(DeviceKind kind, String driver) {
        return factory(kind, driver).map(DeviceFactory::settings);
    }

    /** Every registered factory, by kind and then driver name. */
    public List<DeviceFactory> factories() {
        return List.copyOf(factories.values());
    }

    public List<String> driversFor(DeviceKind kind) {
        List<String> names = new ArrayList<>();
        for (DeviceFactory f : factories.values()) {
            if (f.kind() == kind) {
                names.add(f.driver());
            }
        }
        return names;
    }

    private static String key(DeviceKind kind, String driver) {
        return kind + "/" + driver;
    }
}
