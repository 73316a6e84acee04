package zwfw.kiosk.app.wiring;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.config.LocalOverride;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.settings.DriverSetting;

/**
 * A device's settings changed at the kiosk: checked and written as the local override
 * ({@link LocalOverride}), the configuration read again with the same layering the kiosk starts
 * with, only that device's driver reopened ({@link LiveDevices#reopen}), and every setting that
 * changed audited as old → new (secrets masked) under the technician's name. Blocking: off the FX thread.
 */
public final class DeviceChanges {
    private static final Logger log = LoggerFactory.getLogger(DeviceChanges.class);
    public static final String CHANNEL = "screen";

    private final KioskConfig started;
    private final ConfigLoader loader;
    private final DeviceRegistry registry;
    private final LiveDevices devices;
    private final AuditLog audit;
    private final LocalOverride override;
    private final Map<String, DeviceConfig> current = new ConcurrentHashMap<>();

    DeviceChanges(KioskConfig started, ConfigLoader loader, DeviceRegistry registry, LiveDevices devices, AuditLog audit, Clock clock) {
        this.started = started;
        this.loader = loader;
        this.registry = registry;
        this.devices = devices;
        this.audit = audit;
        this.override = new LocalOverride(started.configDir(), started.dataDir(), loader, clock);
        started.devices().forEach(d -> current.put(d.id(), d));
    }

    /** What a change came to: problems (nothing written or reopened), or the device's status after reopening. */
    public record Applied(List<String> problems, DeviceStatus status, LocalOverride.Written written, DeviceConfig before) {
        /** Written and the device is usable. */
        public boolean opened() {
            return problems.isEmpty() && status != null && status.state().isUsable();
        }
    }

    /** The device as configured now (after changes made here). */
    public Optional<DeviceConfig> configured(String id) {
        return Optional.ofNullable(current.get(id));
    }

    /** The registry of drivers: which drivers a kind has and what each declares. */
    public DeviceRegistry registry() {
        return registry;
    }

    /** The settings of device {@code id} fixed by environment variables (shown, not editable). */
    public java.util.Set<String> fixed(String id) {
        return started.fixedByEnvironment(id);
    }

    /** Sets device {@code id}'s driver and settings (as typed), then reopens only that device. */
    public Applied apply(String actor, String id, String driver, Map<String, String> settings) throws IOException, DeviceException {
        DeviceConfig before = current.get(id);
        LocalOverride.Outcome out = override.change(id, driver, settings);
        if (!out.applied()) {
            return new Applied(out.problems().stream().map(Object::toString).toList(), null, null, before);
        }
        DeviceStatus status = reload(id);
        audit(actor, before, current.get(id));
        return new Applied(List.of(), status, out.written().get(), before);
    }

    /** Puts the override back as it was before {@code change} and reopens the device as it was. */
    public DeviceStatus undo(String actor, Applied change) throws IOException, DeviceException {
        DeviceConfig failed = current.get(change.before().id());
        override.undo(change.written());
        DeviceStatus status = reload(change.before().id());
        audit(actor, failed, current.get(change.before().id()));
        return status;
    }

    private DeviceStatus reload(String id) throws DeviceException {
        KioskConfig now = loader.readWithoutWriting(started.configDir());
        if (now == null) {
            throw new DeviceException("BAD_CONFIG", "the configuration no longer reads: run kioskctl config validate");
        }
        DeviceConfig dc = now.device(id).orElseThrow(() -> new DeviceException("UNKNOWN_DEVICE", "no device " + id));
        current.put(id, dc);
        return devices.reopen(KioskAssembly.withDataDirDefaults(dc, started));
    }

    private void audit(String actor, DeviceConfig before, DeviceConfig after) {
        String prefix = "devices." + after.id() + ".";
        if (!before.driver().equals(after.driver())) {
            audit.recordSettingChange(CHANNEL, actor, prefix + "driver", before.driver(), after.driver());
        }
        var declared = registry.settings(after.kind(), after.driver());
        TreeSet<String> names = new TreeSet<>(before.settings().keySet());
        names.addAll(after.settings().keySet());
        for (String name : names) {
            Object was = before.settings().get(name);
            Object now = after.settings().get(name);
            if (!Objects.equals(shown(was), shown(now))) {
                boolean secret = declared.flatMap(d -> d.setting(name)).map(DriverSetting::secret).orElse(false);
                audit.recordSettingChange(CHANNEL, actor, prefix + "settings." + name,
                        secret ? "***" : shown(was), secret ? "***" : shown(now));
            }
        }
        log.info("device {} changed on the maintenance screen", after.id()); // who: only in the audit log
    }

    private static String shown(Object v) {
        return v == null ? "(unset)" : v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(v);
    }

    /** The settings of {@code dc} as a form shows them: text per declared name. */
    public static Map<String, String> asText(DeviceConfig dc) {
        Map<String, String> out = new LinkedHashMap<>();
        dc.settings().forEach((k, v) -> out.put(k, v instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList()) : shown(v)));
        return out;
    }
}
