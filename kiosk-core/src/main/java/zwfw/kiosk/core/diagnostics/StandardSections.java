package zwfw.kiosk.core.diagnostics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.privacy.PersonalDataMasker;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;
import zwfw.kiosk.core.time.ShownTime;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * The bundle's sections besides logs and configuration: each one JSON entry, made of things that
 * hold no personal data by design (states, counts, metadata), with free texts masked once more. Staff read
 * them: every time is in the kiosk's configured zone with its offset ({@link ShownTime}), never UTC.
 */
public final class StandardSections {
    private StandardSections() {
    }

    /** A section of one JSON entry, {@code what} called while the bundle is written (e.g. device counters). */
    public static BundleSection json(String entryName, Supplier<?> what) {
        return new BundleSection() {
            @Override
            public String name() {
                return entryName.replaceAll("\\.json$", "");
            }

            @Override
            public void write(BundleEntries entries) throws java.io.IOException {
                entries.put(entryName, DiagnosticsBundle.JSON.writeValueAsBytes(what.get()));
            }
        };
    }

    record DeviceState(String id, String kind, String driver, String state, String condition, String detail, String since) {
    }

    /** Each device's id, kind, driver and last known status ({@code devices.json}), {@code since} in {@code zone}. */
    public static BundleSection devices(Supplier<List<Device>> devices, ZoneId zone) {
        return json("devices.json", () -> devices.get().stream().map(d -> {
            DeviceStatus s = d.status();
            return new DeviceState(d.id(), d.kind().name(), d.driver(), s.state().name(), s.condition(),
                    PersonalDataMasker.mask(s.detail()), ShownTime.json(s.since(), zone));
        }).toList());
    }

    record ConfiguredDevice(String id, String kind, String driver, String state) {
    }

    /** Where no device is open (kioskctl: the running kiosk holds them), each configured device without a state. */
    public static BundleSection configuredDevices(List<zwfw.kiosk.drivers.device.DeviceConfig> devices) {
        return json("devices.json", () -> devices.stream()
                .map(d -> new ConfiguredDevice(d.id(), d.kind().name(), d.driver(), "not open here (the running kiosk holds it)")).toList());
    }

    /** The kiosk's, Java's and the system's versions and the database's schema versions ({@code versions.json}). */
    public static BundleSection versions(String kioskVersion, KioskDatabase db, List<Migration> migrations) {
        return json("versions.json", () -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kiosk", kioskVersion);
            v.put("java", System.getProperty("java.runtime.version", System.getProperty("java.version")));
            v.put("javaVendor", System.getProperty("java.vendor"));
            v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
            Map<String, Integer> schemas = new TreeMap<>();
            if (db != null) {
                migrations.stream().map(Migration::component).distinct().forEach(c -> schemas.put(c, db.schemaVersion(c)));
            }
            v.put("schemas", schemas);
            return v;
        });
    }

    record OutboxEntryView(String kind, String clientRef, String serviceCode, String state, String createdAt, int attempts,
                           String lastAttemptAt, String nextAttemptAt, String lastError, boolean personalDataHeld) {
    }

    /** Depth, oldest waiting entry, counts by kind and state, and each waiting entry's metadata ({@code outbox.json}), times in {@code zone}. */
    public static BundleSection outbox(Supplier<OutboxStatus> status, ZoneId zone) {
        return json("outbox.json", () -> {
            OutboxStatus s = status.get();
            Map<String, Integer> byKindAndState = new TreeMap<>();
            s.entries().forEach(e -> byKindAndState.merge(e.kind() + "/" + e.state(), 1, Integer::sum));
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("depth", s.depth());
            v.put("oldestQueuedAt", ShownTime.json(s.oldestQueuedAt(), zone));
            v.put("waitingByKindAndState", byKindAndState);
            v.put("answeredHoldingPersonalData", s.answeredHoldingPersonalData());
            v.put("oldestHoldingPersonalDataSince", ShownTime.json(s.oldestHoldingPersonalDataSince(), zone));
            v.put("waiting", s.entries().stream().map(e -> view(e, zone)).toList());
            return v;
        });
    }

    private static OutboxEntryView view(OutboxEntry e, ZoneId zone) {
        return new OutboxEntryView(e.kind().name(), e.clientRef(), e.serviceCode(), e.state().name(), ShownTime.json(e.createdAt(), zone),
                e.attempts(), ShownTime.json(e.lastAttemptAt(), zone), ShownTime.json(e.nextAttemptAt(), zone),
                PersonalDataMasker.mask(e.lastError()), e.personalDataHeld());
    }

    record ServiceStateView(List<OutOfServiceReason> reasons, String at, long pid) {
    }

    /** The running kiosk's last in/out-of-service report ({@code service-state.json}), its time in {@code zone}; null when none. */
    public static BundleSection serviceState(ServiceReport report, ZoneId zone) {
        return json("service-state.json", () -> report.read()
                .map(r -> new ServiceStateView(r.reasons(), ShownTime.json(r.at(), zone), r.pid())).orElse(null));
    }

    record AuditView(String at, String channel, String actor, String action, String detail) {
    }

    /** The audit log, all kept entries, times in the kiosk's zone ({@code audit.json}): staff names, never a citizen's data. */
    public static BundleSection audit(AuditLog audit, ZoneId zone) {
        return json("audit.json", () -> audit.since(Instant.EPOCH).stream()
                .map(e -> new AuditView(ShownTime.json(e.at(), zone), e.channel(), e.actor(), e.action().name(),
                        PersonalDataMasker.mask(e.detail())))
                .toList());
    }
}
