package zwfw.kiosk.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zwfw.kiosk.drivers.device.DeviceConfig;

/**
 * The kiosk's validated configuration: {@code kiosk.yaml} with environment overrides applied,
 * plus the secrets file. Built only by {@link ConfigLoader}; every accessor is safe to call.
 */
public final class KioskConfig {
    /** The value of {@code platform.url} that starts the platform simulator in-process. */
    public static final String EMBEDDED = "embedded";

    private final Path configDir;
    private final Map<String, Object> values;
    private final List<DeviceConfig> devices;
    private final java.util.Set<String> essentialDevices;
    private final Secrets secrets;
    private final Map<String, java.util.Set<String>> fixedSettings;
    /** Null: the system's clock in the configured zone (the product); a soak or a test may give its own. */
    private final java.time.Clock clockOverride;

    KioskConfig(Path configDir, Map<String, Object> values, List<DeviceConfig> devices, java.util.Set<String> essentialDevices,
                Secrets secrets, Map<String, java.util.Set<String>> fixedSettings) {
        this(configDir, values, devices, essentialDevices, secrets, fixedSettings, null);
    }

    private KioskConfig(Path configDir, Map<String, Object> values, List<DeviceConfig> devices, java.util.Set<String> essentialDevices,
                Secrets secrets, Map<String, java.util.Set<String>> fixedSettings, java.time.Clock clockOverride) {
        this.clockOverride = clockOverride;
        this.fixedSettings = Map.copyOf(fixedSettings);
        this.configDir = configDir;
        this.values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values)); // defaults may be null
        this.devices = List.copyOf(devices);
        this.essentialDevices = java.util.Set.copyOf(essentialDevices);
        this.secrets = secrets;
    }

    public Path configDir() {
        return configDir;
    }

    public String kioskId() {
        return string("kiosk.id");
    }

    public String kioskName() {
        return string("kiosk.name");
    }

    public String centreName() {
        return string("kiosk.centre");
    }

    public Locale locale() {
        return Locale.forLanguageTag(string("kiosk.locale"));
    }

    public String hotline() {
        return string("kiosk.hotline");
    }

    /** The zone of every time the kiosk shows, prints, stores or sends ({@code kiosk.timeZone}, default Asia/Shanghai). */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(string("kiosk.timeZone"));
    }

    /**
     * The kiosk's one clock: the system's instant in the configured zone, whatever the machine's zone is, unless
     * {@link #withClock} gave another. Every part of the kiosk takes its time from here.
     */
    public java.time.Clock clock() {
        if (clockOverride != null) {
            java.time.ZoneId zone = zone();
            return clockOverride.getZone().equals(zone) ? clockOverride : clockOverride.withZone(zone);
        }
        return java.time.Clock.system(zone());
    }

    /** The kiosk's clock where no configuration loads (kioskctl's test page with --uri): the system's instant in the default zone. */
    public static java.time.Clock clockWithoutConfiguration() {
        return java.time.Clock.system(java.time.ZoneId.of(KioskSettings.DEFAULT_ZONE));
    }

    /**
     * The same configuration with {@code clock} as the kiosk's one clock (in the configured zone): the soak moves it
     * past midnight and back, and every part of the kiosk (screens, usage days, receipts, outbox) sees the same time.
     */
    public KioskConfig withClock(java.time.Clock clock) {
        return new KioskConfig(configDir, values, devices, essentialDevices, secrets, fixedSettings,
                java.util.Objects.requireNonNull(clock, "clock"));
    }

    public StaffedHall staffedHall() {
        return new StaffedHall(string("kiosk.staffedHall.name"), string("kiosk.staffedHall.hours"),
                string("kiosk.staffedHall.address"));
    }

    public Path dataDir() {
        return path("data.dir");
    }

    /** The local override file in the data directory: device changes made at the kiosk, layered over kiosk.yaml. */
    public Path overrideFile() {
        return dataDir().resolve(LocalOverride.FILE_NAME);
    }

    /** The settings of device {@code id} fixed by an environment variable ({@link #environmentVariable}): shown, never edited. */
    public java.util.Set<String> fixedByEnvironment(String id) {
        return fixedSettings.getOrDefault(id, java.util.Set.of());
    }

    /** The variable that fixes one device setting: {@code KIOSK_DEVICE_PRINTER_PORT}. */
    public static String environmentVariable(String deviceId, String setting) {
        return DeviceSection.environmentVariable(deviceId, setting);
    }

    public Path secretsFile() {
        return path("secrets.file");
    }

    /** The platform's base URL without a trailing slash, or {@link #EMBEDDED}. */
    public String platformUrl() {
        return string("platform.url");
    }

    public boolean platformEmbedded() {
        return EMBEDDED.equals(platformUrl());
    }

    public Duration platformConnectTimeout() {
        return seconds("platform.connectTimeoutSeconds");
    }

    public Duration platformReadTimeout() {
        return seconds("platform.readTimeoutSeconds");
    }

    public Duration platformCallTimeout() {
        return seconds("platform.callTimeoutSeconds");
    }

    public Duration heartbeatInterval() {
        return seconds("platform.heartbeatSeconds");
    }

    public Duration catalogRefreshInterval() {
        return Duration.ofMinutes((Integer) values.get("platform.catalogRefreshMinutes"));
    }

    /**
     * Backstop for personal data of cases the platform has answered (delivered or rejected): their
     * sealed body is purged at the latest this long after the answer, even if the visit's end was
     * never recorded. Never applies to a case still waiting to be delivered.
     */
    public Duration personalDataBackstop() {
        return Duration.ofHours((Integer) values.get("outbox.personalDataHours"));
    }

    /** How many days usage events are kept before they are rolled up into daily totals ({@code usage.retentionDays}). */
    public int usageRetentionDays() {
        return (Integer) values.get("usage.retentionDays");
    }

    public Optional<Path> platformCaBundle() {
        return Optional.ofNullable(values.get("platform.caBundle")).map(v -> resolve((String) v));
    }

    @SuppressWarnings("unchecked")
    public List<String> platformPins() {
        return (List<String>) values.get("platform.pins");
    }

    public UiSettings ui() {
        return new UiSettings(flag("ui.fullScreen"), flag("ui.alwaysOnTop"), flag("ui.showCursor"),
                seconds("ui.idleTimeoutSeconds"), seconds("ui.countdownSeconds"), flag("ui.elderlyMode"), flag("ui.speech"),
                seconds("ui.elderlyIdleTimeoutSeconds"), seconds("ui.countdownShownSeconds"), seconds("ui.thanksSeconds"));
    }

    public String maintenancePinHash() {
        return string("security.maintenancePinHash");
    }

    /** How long the staff session at the kiosk waits without a touch before it leaves by itself ({@code maintenance.idleExitSeconds}). */
    public Duration maintenanceIdleExit() {
        return Duration.ofSeconds(((Number) values.get("maintenance.idleExitSeconds")).longValue());
    }

    public String adminPinHash() {
        return string("security.adminPinHash");
    }

    /** An absolute glob of further ports offered to staff beside the standard ones (e.g. a lab's or a test's ptys). */
    public Optional<String> extraPortGlob() {
        return Optional.ofNullable((String) values.get("maintenance.extraPortGlob"));
    }

    /** The metrics endpoint ({@code metrics.*}, with its credentials from the secrets file). */
    public MetricsSettings metrics() {
        Secrets s = secrets;
        return new MetricsSettings(flag("metrics.enabled"), string("metrics.address"), (Integer) values.get("metrics.port"),
                Optional.ofNullable((String) values.get("metrics.username")),
                s == null ? Optional.empty() : s.optional("metrics.password"),
                s == null ? Optional.empty() : s.optional("metrics.token"),
                Optional.ofNullable(values.get("metrics.keyStore")).map(v -> resolve((String) v)),
                s == null ? Optional.empty() : s.optional("metrics.keyStorePassword"));
    }

    public List<DeviceConfig> devices() {
        return devices;
    }

    /**
     * Whether the kiosk cannot work while device {@code id} is down ({@code essential:} in the device
     * list; default true for the ID card reader only), so it then goes out of service.
     */
    public boolean essential(String id) {
        return essentialDevices.contains(id);
    }

    public Optional<DeviceConfig> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Secrets secrets() {
        return secrets;
    }

    private String string(String key) {
        Object v = values.get(key);
        return v == null ? "" : v.toString();
    }

    private boolean flag(String key) {
        return (Boolean) values.get(key);
    }

    private Duration seconds(String key) {
        return Duration.ofSeconds((Integer) values.get(key));
    }

    private Path path(String key) {
        return resolve(string(key));
    }

    private Path resolve(String p) {
        return ConfigLoader.resolvePath(configDir, p);
    }

    @Override
    public String toString() {
        return "KioskConfig[" + kioskId() + " from " + configDir + "]";
    }
}
