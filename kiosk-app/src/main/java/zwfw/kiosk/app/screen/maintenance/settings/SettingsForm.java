package zwfw.kiosk.app.screen.maintenance.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import zwfw.kiosk.app.wiring.DeviceChanges;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/**
 * The settings page's side of {@link DeviceChanges}, so that its view model never touches a driver's
 * types: which drivers a device may have, the fields its driver declares, the ports present, and
 * saving or undoing a change with what came of it in words.
 */
public final class SettingsForm {
    /** What saving came to: problems (nothing written), or whether the device opened, its state, and the change to undo. */
    public record Result(List<String> problems, boolean opened, String state, String detail, DeviceChanges.Applied change) {
    }

    private final DeviceChanges changes;
    private final Supplier<List<String>> ports;

    /** {@code ports} lists the device files present (PortDiscovery); blocking. */
    public SettingsForm(DeviceChanges changes, Supplier<List<String>> ports) {
        this.changes = changes;
        this.ports = ports;
    }

    public String driverOf(String id) {
        return configured(id).driver();
    }

    public List<String> drivers(String id) {
        return changes.registry().driversFor(configured(id).kind());
    }

    /** The settings of device {@code id} as configured now, as text. */
    public Map<String, String> current(String id) {
        return DeviceChanges.asText(configured(id));
    }

    /** One field per setting {@code driver} declares, filled from {@code given}; the ones an environment variable fixes marked so. */
    public List<SettingField> fields(String id, String driver, Map<String, String> given) {
        DeviceConfig dc = configured(id);
        DriverSettings declared = changes.registry().settings(dc.kind(), driver).orElse(DriverSettings.none());
        List<SettingField> out = new ArrayList<>();
        for (DriverSetting s : declared.settings()) {
            boolean fixed = changes.fixed(id).contains(s.name());
            out.add(new SettingField(s, given.get(s.name()), fixed ? KioskConfig.environmentVariable(id, s.name()) : null));
        }
        return out;
    }

    /** Blocking (lists device files). */
    public List<String> ports() {
        return ports.get();
    }

    /** Blocking: checks, writes the override, reopens the device. */
    public Result apply(String actor, String id, String driver, Map<String, String> values) throws Exception {
        DeviceChanges.Applied a = changes.apply(actor, id, driver, values);
        if (!a.problems().isEmpty()) {
            return new Result(a.problems(), false, "", "", null);
        }
        return new Result(List.of(), a.opened(), a.status().reportedState(), a.status().detail() == null ? "" : a.status().detail(), a);
    }

    /** Blocking: puts the override back as before {@code change} and reopens the device; returns its state. */
    public String undo(String actor, Result change) throws Exception {
        return changes.undo(actor, change.change()).reportedState();
    }

    private DeviceConfig configured(String id) {
        return changes.configured(id).orElseThrow(() -> new IllegalArgumentException("no device " + id));
    }
}
