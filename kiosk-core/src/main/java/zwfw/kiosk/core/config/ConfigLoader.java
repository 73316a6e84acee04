package zwfw.kiosk.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceRegistry;

/**
 * Loads and checks the configuration directory: {@code kiosk.yaml}, then environment overrides
 * ({@code KIOSK_} + key path upper-cased, dots as underscores, e.g. {@code KIOSK_PLATFORM_URL}),
 * then the secrets file named by {@code secrets.file}, which must not be readable by group or
 * others. Each device's settings are checked against its driver's declaration. Collects every
 * problem rather than stopping at the first, so staff fix them in one go. {@link #validate} and
 * {@link #load} (the kiosk's start) run the same checks, including what the kiosk's parts would
 * refuse when they start (see {@link StartChecks}).
 */
public final class ConfigLoader {
    public static final String MAIN_FILE = "kiosk.yaml";
    public static final String CONFIG_DIR_VARIABLE = "KIOSK_CONFIG";
    /** The largest {@code kiosk.yaml} read (checked before reading). */
    public static final long MAX_MAIN_BYTES = 1024 * 1024;
    /** The largest secrets file read (checked before reading). */
    public static final long MAX_SECRETS_BYTES = 64 * 1024;
    /** The storage key's length: AES-256, what the outbox's seal requires. */
    public static final int STORAGE_KEY_BYTES = 32;
    /** The shortest platform secret accepted. */
    public static final int MIN_PLATFORM_SECRET = 16;

    private final Map<String, String> environment;
    private final DeviceRegistry drivers;

    /**
     * A loader that reads {@code environment} for overrides and checks each device against the
     * settings its driver declares in {@code drivers}: the same rules for validation and for start.
     */
    public ConfigLoader(Map<String, String> environment, DeviceRegistry drivers) {
        this.environment = Map.copyOf(environment);
        this.drivers = java.util.Objects.requireNonNull(drivers, "drivers");
    }

    /** A loader that reads this process's environment. */
    public static ConfigLoader fromEnvironment(DeviceRegistry drivers) {
        return new ConfigLoader(System.getenv(), drivers);
    }

    /** The configuration directory: the {@code --config} option, else {@code KIOSK_CONFIG}, else {@code ./config}. */
    public Path configDir(String option) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String env = environment.get(CONFIG_DIR_VARIABLE);
        return Path.of(env != null && !env.isBlank() ? env : "config").toAbsolutePath().normalize();
    }

    /**
     * Every problem with the configuration in {@code configDir}; empty when it is usable. Writes
     * nothing. Exactly the checks {@link #load} makes, so what passes here starts.
     */
    public List<ConfigProblem> validate(Path configDir) {
        List<ConfigProblem> problems = new ArrayList<>();
        read(configDir, problems, false, null);
        return problems;
    }

    /**
     * As {@link #validate}, with {@code overrideFile} in place of the data directory's local override
     * file: how the maintenance screen checks a change before it writes anything.
     */
    public List<ConfigProblem> validateWithOverride(Path configDir, Path overrideFile) {
        List<ConfigProblem> problems = new ArrayList<>();
        read(configDir, problems, false, overrideFile);
        return problems;
    }

    /** The configuration as {@link #validate} reads it, writing nothing (no demo secrets), or null when it has problems. */
    public KioskConfig readWithoutWriting(Path configDir) {
        return read(configDir, new ArrayList<>(), false, null);
    }

    /**
     * Loads the configuration. Where {@code platform.url} is {@code embedded} (the demo) and the
     * secrets file does not exist yet, creates one with fresh random secrets, readable only by
     * this user, so the demo needs no setup.
     */
    public KioskConfig load(Path configDir) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        KioskConfig config = read(configDir, problems, true, null);
        if (!problems.isEmpty() || config == null) {
            throw new InvalidConfigException(problems);
        }
        return config;
    }

    private KioskConfig read(Path configDir, List<ConfigProblem> problems, boolean createDemoSecrets, Path overrideCandidate) {
        Path mainFile = configDir.resolve(MAIN_FILE);
        String source = display(mainFile);
        if (!Files.exists(mainFile)) {
            problems.add(new ConfigProblem(source, 1, "", "not found (give another directory with --config DIR or KIOSK_CONFIG)"));
            return null;
        }
        SettingsReader main = new SettingsReader(KioskSettings.byPath(KioskSettings.MAIN), List.of(KioskSettings.DEVICES), source, problems);
        if (!main.read(mainFile, MAX_MAIN_BYTES)) {
            return null;
        }
        Map<String, Object> values = resolve(environment, KioskSettings.MAIN, main, source, problems);
        for (String key : List.of("security.maintenancePinHash", "security.adminPinHash")) {
            Object hash = values.get(key);
            if (hash != null && !zwfw.kiosk.core.access.PinHash.isWellFormed(hash.toString())) {
                problems.add(new ConfigProblem(source, main.nearestLine(key), key, "not a PIN hash (make one with: kioskctl pin hash)"));
            }
        }
        StartChecks.check(configDir, values, main, source, environment, problems);
        Set<String> essential = new LinkedHashSet<>();
        List<DeviceConfig> devices = List.of();
        Map<String, Set<String>> fixed = new LinkedHashMap<>();
        Object dataDir = values.get("data.dir");
        Path overrideFile = overrideCandidate != null ? overrideCandidate
                : dataDir == null ? null : resolvePath(configDir, dataDir.toString()).resolve(LocalOverride.FILE_NAME);
        Map<String, DeviceOverrides.Entry> overrides = DeviceOverrides.read(overrideFile, problems);
        Node deviceNode = main.section(KioskSettings.DEVICES);
        if (deviceNode == null) {
            problems.add(new ConfigProblem(source, 1, KioskSettings.DEVICES,
                    "missing required section: the list of devices (each with id, kind, driver, settings)"));
        } else {
            devices = DeviceSection.read(deviceNode, source, drivers, problems, essential,
                    overrides == null ? Map.of() : overrides, environment, fixed);
        }
        UnreadVariables.check(environment, fixed, devices, drivers, problems);
        Secrets secrets = new SecretsReader(environment, configDir).read(values, main, source, problems, createDemoSecrets);
        if (!problems.isEmpty()) {
            return null;
        }
        KioskConfig config = new KioskConfig(configDir, values, devices, essential, secrets, fixed);
        StartChecks.checkMetrics(config.metrics(), main, source, environment, problems);
        return problems.isEmpty() ? config : null;
    }

    /** Applies environment overrides and defaults, and reports required keys that are still missing. */
    static Map<String, Object> resolve(Map<String, String> environment, List<Setting> settings, SettingsReader reader, String source,
                                       List<ConfigProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Setting setting : settings) {
            String variable = setting.environmentVariable();
            String overridden = environment.get(variable);
            if (overridden != null) {
                Object v = SettingsReader.convertScalar(setting, overridden, null, "environment variable " + variable, 0, problems);
                if (v != null) {
                    values.put(setting.path(), v);
                }
                continue;
            }
            LocatedValue located = reader == null ? null : reader.values().get(setting.path());
            if (located != null) {
                values.put(setting.path(), located.value());
            } else if (setting.required() && (reader == null || !reader.present().contains(setting.path()))) {
                problems.add(new ConfigProblem(source, reader == null ? 1 : reader.nearestLine(setting.path()), setting.path(),
                        "missing required value"));
            } else {
                values.put(setting.path(), setting.defaultValue());
            }
        }
        return values;
    }

    static Path resolvePath(Path configDir, String p) {
        Path path = Path.of(p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p);
        return path.isAbsolute() ? path.normalize() : configDir.resolve(path).normalize();
    }

    static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
