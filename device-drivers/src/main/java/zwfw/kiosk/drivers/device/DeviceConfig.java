package zwfw.kiosk.drivers.device;

import java.util.Map;
import java.util.Objects;

/**
 * How to build one device: its id, kind, the driver name that picks the implementation
 * ({@code simulated}, {@code sam-serial}, {@code escpos}, {@code serial-scanner}, {@code pcsc} …),
 * and the driver's own settings as read from configuration. Drivers read the settings through
 * their {@link DeviceFactory#settings() declaration}, which checks and types them.
 */
public record DeviceConfig(String id, DeviceKind kind, String driver, Map<String, Object> settings) {

    public DeviceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(driver, "driver");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** This device with one setting added or replaced. */
    public DeviceConfig with(String name, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(settings);
        more.put(name, value);
        return new DeviceConfig(id, kind, driver, more);
    }
}
