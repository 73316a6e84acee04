package zwfw.kiosk.drivers.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
