package zwfw.kiosk.app.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.catalog.CatalogSync;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.heartbeat.HeartbeatReporter;
import zwfw.kiosk.core.help.HelpRequests;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.CaseSubmitter;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.PrivateFiles;
import zwfw.kiosk.core.storage.Migration;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageRecorder;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;

/**
 * Builds the whole kiosk (without a screen) from its configuration: the embedded platform
 * simulator when {@code platform.url} is {@code embedded}, the SQLite database, the platform
 * client, the outbox and its delivery worker, the catalog, and every configured device, opened
 * and enabled. A device that cannot be opened stays in the assembly OFFLINE (its driver keeps
 * trying); an unknown driver name is a configuration error. Closes everything in reverse order.
 */
public final class KioskAssembly implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskAssembly.class);

    private final KioskConfig config;
    private final PlatformSimulator embeddedPlatform;
    private final KioskDatabase database;
    private final PlatformClient platform;
    private final Outbox outbox;
    private final DeliveryWorker deliveryWorker;
    private final CatalogSync catalog;
    private final LiveDevices devices;
    private final UsageToday usage;
    private final HeartbeatReporter heartbeat;
    private final UsageRecorder usageLog;
    private final HelpRequests help;

    private KioskAssembly(KioskConfig config, PlatformSimulator embeddedPlatform, KioskDatabase database,
                          PlatformClient platform, Outbox outbox, DeliveryWorker deliveryWorker, CatalogSync catalog,
                          LiveDevices devices, OutboxListener listener) {
        this.config = config;
        this.embeddedPlatform = embeddedPlatform;
        this.database = database;
        this.platform = platform;
        this.outbox = outbox;
        this.deliveryWorker = deliveryWorker;
        this.catalog = catalog;
        this.devices = devices;
        this.usage = new UsageToday(config.clock()); // days in the configured zone
        String version = KioskAssembly.class.getPackage().getImplementationVersion();
        this.heartbeat = new HeartbeatReporter(platform, outbox, this::devices, usage, version == null ? "dev" : version, listener,
                config.clock());
        this.usageLog = new UsageRecorder(new UsageLog(database, config.clock()), config.clock());
        this.help = new HelpRequests(platform, config.clock(), HelpRequests.Timing.defaults(), zwfw.kiosk.core.help.HelpListener.NONE);
        this.heartbeat.reportHelpWaiting(help::openCount); // contract §6: open help requests go with every heartbeat
    }

    /** All tables the kiosk's database holds, in migration order. */
    public static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(Outbox.migrations());
        all.addAll(CatalogSync.migrations());
        all.addAll(UsageLog.migrations());
        all.addAll(zwfw.kiosk.core.access.StaffAccounts.migrations());
        all.addAll(zwfw.kiosk.core.audit.AuditLog.migrations());
        all.addAll(zwfw.kiosk.core.devicehealth.PaperRoll.migrations());
        return all;
    }

    /** Builds the back end only (no devices): what the platform commands of kioskctl need. */
    public static KioskAssembly startBackEnd(KioskConfig config, OutboxListener listener) throws DeviceException {
        return start(config, listener, false);
    }

    /** Builds everything, devices included, as the kiosk runs. */
    public static KioskAssembly start(KioskConfig config, OutboxListener listener) throws DeviceException {
        return start(config, listener, true);
    }

    private static KioskAssembly start(KioskConfig config, OutboxListener listener, boolean withDevices) throws DeviceException {
        try {
            return build(config, listener, withDevices);
        } catch (java.io.IOException e) {
            throw new zwfw.kiosk.core.storage.StorageException("cannot create the data directory " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static KioskAssembly build(KioskConfig config, OutboxListener listener, boolean withDevices)
            throws DeviceException, java.io.IOException {
        Path dataDir = config.dataDir();
        PlatformSimulator sim = null;
        KioskDatabase db = null;
        LiveDevices devices = null;
        try {
            String url = config.platformUrl();
            if (config.platformEmbedded()) {
                Path simDir = PrivateFiles.createDirectories(dataDir.resolve("platform-sim"));
                sim = PlatformSimulator.start(0, simDir, config.secrets().platformSecret(),
                        config.kioskId(), Faults.none());
                privateFilesIn(simDir);
                url = sim.url();
                log.info("embedded platform simulator at {}", url);
            }
            db = KioskDatabase.open(dataDir, migrations());
            if (withDevices) {
                StaffStartup.purgeOldAudit(db, config.clock()); // demo PINs on a real platform: KioskLauncher refused them before
            }
            PlatformClient client = new PlatformClient(new PlatformSettings(url, config.kioskId(),
                    config.secrets().platformSecret(),
                    new PlatformTimeouts(config.platformConnectTimeout(), config.platformReadTimeout(), config.platformCallTimeout()),
                    config.platformCaBundle().orElse(null), config.platformPins()));
            // The one clock (in UTC, as they store instants): a clock the soak moves reaches the outbox's times too.
            Clock utc = config.clock().withZone(java.time.ZoneOffset.UTC);
            Outbox outbox = new Outbox(db, config.secrets().storageKey(), utc, config.personalDataBackstop());
            DeliveryWorker worker = new DeliveryWorker(outbox, client, zwfw.kiosk.core.platform.Backoff.standard(),
                    java.time.Duration.ofMinutes(5), listener, utc); // the worker's standard backoff and hold interval
            CatalogSync catalog = new CatalogSync(db, client, config.configDir().resolve("catalog.json"), utc);
            catalog.current(); // read from the database here, so the screens only ever see the one in memory
            devices = new LiveDevices(KioskDrivers.registry(config.clock()),
                    new zwfw.kiosk.core.devicehealth.DeviceCounters(config.clock(), new zwfw.kiosk.core.devicehealth.PaperRoll(db, config.clock())));
            if (withDevices) {
                openDevices(config, devices);
                worker.start(); // the running kiosk delivers in the background; kioskctl drives delivery itself
            }
            KioskAssembly assembly = new KioskAssembly(config, sim, db, client, outbox, worker, catalog, devices, listener);
            if (withDevices) {
                int restarts = zwfw.kiosk.core.lifecycle.RestartCounter.recordStart(dataDir); // the kiosk's starts since boot (contract §6)
                assembly.heartbeat.reportRestarts(() -> restarts);
                assembly.usageLog.followKiosk(devices.all(), config.usageRetentionDays()); // usage store: device faults, retention
                assembly.heartbeat.onPlatformReachable(assembly.usageLog::platformReachable); // and offline periods
                assembly.heartbeat.start(config.heartbeatInterval());
            }
            return assembly;
        } catch (DeviceException | java.io.IOException | RuntimeException e) {
            if (devices != null) {
                devices.close();
            }
            if (db != null) {
                db.close();
            }
            if (sim != null) {
                sim.close();
            }
            throw e;
        }
    }

    /** The simulator's store holds (masked) personal data: its files private like the kiosk's own. */
    private static void privateFilesIn(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            files.filter(java.nio.file.Files::isRegularFile).forEach(PrivateFiles::restrict);
        } catch (java.io.IOException e) {
            log.warn("cannot make the files of {} private: {}", dir, e.getMessage());
        }
    }

    private static void openDevices(KioskConfig config, LiveDevices devices) throws DeviceException {
        for (DeviceConfig dc : config.devices()) {
            // A device that cannot open stays OFFLINE and its driver keeps trying; staff see it on the maintenance screen.
            devices.add(withDataDirDefaults(dc, config));
        }
    }

    /** The simulated printer saves what it prints under the data directory unless told otherwise. */
    static DeviceConfig withDataDirDefaults(DeviceConfig dc, KioskConfig config) {
        if (dc.kind() == DeviceKind.RECEIPT_PRINTER && "simulated".equals(dc.driver()) && !dc.settings().containsKey("outputDirectory")) {
            return dc.with("outputDirectory", config.dataDir().resolve("printed").toString());
        }
        if (dc.kind() == DeviceKind.DOCUMENT_PRINTER && "simulated".equals(dc.driver()) && !dc.settings().containsKey("outputDirectory")) {
            return dc.with("outputDirectory", config.dataDir().resolve("printed-a4").toString()); // the demo's A4 pages
        }
        return dc;
    }

    public KioskConfig config() {
        return config;
    }

    /** The in-process platform simulator of the demo, if {@code platform.url} is {@code embedded}. */
    public Optional<PlatformSimulator> embeddedPlatform() {
        return Optional.ofNullable(embeddedPlatform);
    }

    public KioskDatabase database() {
        return database;
    }

    public PlatformClient platform() {
        return platform;
    }

    public Outbox outbox() {
        return outbox;
    }

    public DeliveryWorker deliveryWorker() {
        return deliveryWorker;
    }

    public CaseSubmitter caseSubmitter() {
        return new CaseSubmitter(outbox, deliveryWorker);
    }

    public CatalogSync catalog() {
        return catalog;
    }

    public QrLogin qrLogin() {
        return new QrLogin(platform);
    }

    /** Today's usage counts, reported with every heartbeat; the screens count sessions, cases and ratings here. */
    public UsageToday usage() {
        return usage;
    }

    /** Per-service usage by day, kept in the database: what the home screen orders by and admins read. */
    public UsageRecorder usageLog() {
        return usageLog;
    }

    /** The citizen's calls for help (contract §10): the screen calls, the visit's end cancels. */
    public HelpRequests help() {
        return help;
    }

    public HeartbeatReporter heartbeat() {
        return heartbeat;
    }

    /** The configured devices: stable objects, the same before and after a device is changed live. */
    public List<Device> devices() {
        return devices.all();
    }

    /**
     * The first configured device that is a {@code type}: for an interface ({@code ReceiptPrinter.class})
     * the stable object, for a driver class ({@code SimulatedPrinter.class}) the driver behind it now.
     */
    public <T> Optional<T> device(Class<T> type) {
        return devices.first(type);
    }

    private DeviceChanges deviceChanges;

    /** Device changes made at the kiosk: written as the local override, only the changed device reopened, audited. */
    public synchronized DeviceChanges deviceChanges() {
        if (deviceChanges == null) {
            deviceChanges = new DeviceChanges(config, KioskDrivers.configLoader(), KioskDrivers.registry(config.clock()), devices, auditLog(), config.clock());
        }
        return deviceChanges;
    }

    /** The staff audit log (who did what at the kiosk). */
    public zwfw.kiosk.core.audit.AuditLog auditLog() {
        return new zwfw.kiosk.core.audit.AuditLog(database, config.clock());
    }

    /** The kiosk's PIN pad: staff accounts, the kiosk.yaml fallback hashes, the lockout, the audit. */
    public zwfw.kiosk.core.access.StaffEntry staffEntry() {
        return new zwfw.kiosk.core.access.StaffEntry(database, java.util.Map.of(
                zwfw.kiosk.core.access.StaffRole.MAINTENANCE, config.maintenancePinHash(),
                zwfw.kiosk.core.access.StaffRole.ADMIN, config.adminPinHash()), auditLog(), config.clock());
    }

    /** The devices with their counters, and the way to change one while the kiosk runs. */
    public LiveDevices liveDevices() {
        return devices;
    }

    @Override
    public void close() {
        heartbeat.close();
        help.close();
        devices.close();
        deliveryWorker.close();
        platform.close();
        usageLog.close();
        database.close();
        if (embeddedPlatform != null) {
            embeddedPlatform.close();
        }
    }
}
