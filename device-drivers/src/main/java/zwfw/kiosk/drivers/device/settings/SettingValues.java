package zwfw.kiosk.drivers.device.settings;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A device's settings after {@link DriverSettings#check}: every value typed and within its declared
 * range, defaults filled in. What a driver reads; asking for a name the driver did not declare is
 * a programming error.
 */
public final class SettingValues {
    private final DriverSettings declaration;
    private final Map<String, Object> given;

    SettingValues(DriverSettings declaration, Map<String, Object> given) {
        this.declaration = declaration;
        this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    /** The settings written in the configuration, typed (without the defaults). */
    public Map<String, Object> given() {
        return given;
    }

    /** Whether the configuration sets {@code name} (rather than leaving it to its default). */
    public boolean isSet(String name) {
        declared(name);
        return given.containsKey(name);
    }

    public int integer(String name) {
        return (Integer) value(name);
    }

    public Duration duration(String name) {
        return (Duration) value(name);
    }

    public boolean flag(String name) {
        return (Boolean) value(name);
    }

    /** A TEXT, CHOICE, PATH, PORT or HOST value; null when absent without default. */
    public String text(String name) {
        return (String) value(name);
    }

    public Optional<String> optionalText(String name) {
        return Optional.ofNullable(text(name));
    }

    public byte[] bytes(String name) {
        return ((byte[]) value(name)).clone();
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return (List<String>) value(name);
    }

    private Object value(String name) {
        DriverSetting s = declared(name);
        return given.containsKey(name) ? given.get(name) : s.defaultValue();
    }

    private DriverSetting declared(String name) {
        return declaration.setting(name)
                .orElseThrow(() -> new IllegalArgumentException("no setting '" + name + "' is declared by this driver"));
    }
}
