package zwfw.kiosk.drivers.device;

import java.util.Map;
import java.util.Objects;

/**
 * How to build one device: its id, kind, the driver name that picks the implementation
 * ({@code simulated}, {@code sam-serial}, {@code escpos}, {@code serial-scanner}, {@code pcsc} …),
 * and the driver's own settings as read from configuration.
 */
public record DeviceConfig(String id, DeviceKind kind, String driver, Map<String, Object> settings) {

    public DeviceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(driver, "driver");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public String string(String key, String fallback) {
        Object v = settings.get(key);
        return v == null ? fallback : v.toString();
    }

    public int integer(String key, int fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("device " + id + ": setting '" + key + "' must be a whole number, not '" + v + "'");
        }
    }

    public boolean flag(String key, boolean fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return Boolean.parseBoolean(v.toString().trim());
    }
}
