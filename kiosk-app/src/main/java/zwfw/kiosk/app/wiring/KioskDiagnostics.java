package zwfw.kiosk.app.wiring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.diagnostics.BundleSection;
import zwfw.kiosk.core.diagnostics.ConfigSection;
import zwfw.kiosk.core.diagnostics.DiagnosticsBundle;
import zwfw.kiosk.core.diagnostics.DiagnosticsSaver;
import zwfw.kiosk.core.diagnostics.LogsSection;
import zwfw.kiosk.core.diagnostics.RemovableMedia;
import zwfw.kiosk.core.diagnostics.StandardSections;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.storage.KioskDatabase;

/**
 * The diagnostics bundle of this kiosk: which sections it has, in order. The running kiosk's
 * maintenance screen takes {@link #saver(KioskAssembly)} (a {@code BundleSaver}: USB stick, else the
 * data directory); {@code kioskctl diag bundle} builds the same sections from the data directory.
 * A new section (device counters) is one line in {@link #sections}.
 */
public final class KioskDiagnostics {
    private KioskDiagnostics() {
    }

    /** The running kiosk's bundle saver: its devices as they are now. */
    public static DiagnosticsSaver saver(KioskAssembly kiosk) {
        BundleSection states = StandardSections.devices(kiosk::devices, kiosk.config().zone());
        BundleSection counters = StandardSections.json("device-counters.json", () -> kiosk.liveDevices().counters().snapshot());
        BundleSection devices = new BundleSection() { // states and what each device did since the start
            @Override
            public String name() {
                return states.name();
            }

            @Override
            public void write(zwfw.kiosk.core.diagnostics.BundleEntries entries) throws java.io.IOException {
                states.write(entries);
                counters.write(entries);
            }
        };
        return saver(kiosk.config(), kiosk.database(), kiosk.outbox(), devices, RemovableMedia.system());
    }

    /** kioskctl's saver: the devices as configured (the running kiosk holds them open). */
    public static DiagnosticsSaver withoutDevices(KioskConfig config, KioskDatabase db, Outbox outbox, RemovableMedia media) {
        return saver(config, db, outbox, StandardSections.configuredDevices(config.devices()), media);
    }

    /** A saver over these parts; {@code devices} the section that says how the devices are. */
    public static DiagnosticsSaver saver(KioskConfig config, KioskDatabase db, Outbox outbox, BundleSection devices,
                                         RemovableMedia media) {
        Supplier<DiagnosticsBundle> bundle = () -> new DiagnosticsBundle(config.kioskId(), config.clock(),
                sections(config, db, outbox, devices));
        return new DiagnosticsSaver(bundle, config.dataDir(), media);
    }

    static List<BundleSection> sections(KioskConfig config, KioskDatabase db, Outbox outbox, BundleSection devices) {
        Map<String, Path> configFiles = new LinkedHashMap<>();
        configFiles.put("config/kiosk.yaml", config.configDir().resolve(ConfigLoader.MAIN_FILE));
        // the maintenance screen's device changes, layered over kiosk.yaml (absent until one is made)
        configFiles.put("config/" + zwfw.kiosk.core.config.LocalOverride.FILE_NAME,
                config.dataDir().resolve(zwfw.kiosk.core.config.LocalOverride.FILE_NAME));
        List<BundleSection> sections = new ArrayList<>();
        sections.add(StandardSections.versions(version(), db, KioskAssembly.migrations()));
        sections.add(new ConfigSection(configFiles, System.getenv(), KioskDrivers.registry()));
        sections.add(devices);
        sections.add(StandardSections.serviceState(new ServiceReport(config.dataDir(), config.clock()), config.zone()));
        sections.add(StandardSections.outbox(outbox::status, config.zone()));
        sections.add(StandardSections.audit(new AuditLog(db, config.clock()), config.zone()));
        sections.add(new LogsSection(config.dataDir().resolve("logs"), LogsSection.DEFAULT_MAX_BYTES));
        return sections;
    }

    static String version() {
        String v = KioskDiagnostics.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
