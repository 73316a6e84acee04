package zwfw.kiosk.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import zwfw.kiosk.drivers.device.DeviceConfig;

/**
 * Loads and checks the configuration directory: {@code kiosk.yaml}, then environment overrides
 * ({@code KIOSK_} + key path upper-cased, dots as underscores, e.g. {@code KIOSK_PLATFORM_URL}),
 * then the secrets file named by {@code secrets.file}, which must not be readable by group or
 * others. Collects every problem rather than stopping at the first, so staff fix them in one go.
 */
public final class ConfigLoader {
    public static final String MAIN_FILE = "kiosk.yaml";
    public static final String CONFIG_DIR_VARIABLE = "KIOSK_CONFIG";

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A loader that reads this process's environment. */
    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /** The configuration directory: the {@code --config} option, else {@code KIOSK_CONFIG}, else {@code ./config}. */
    public Path configDir(String option) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String env = environment.get(CONFIG_DIR_VARIABLE);
        return Path.of(env != null && !env.isBlank() ? env : "config").toAbsolutePath().normalize();
    }

    /** Every problem with the configuration in {@code configDir}; empty when it is usable. Writes nothing. */
    public List<ConfigProblem> validate(Path configDir) {
        return validate(configDir, device -> null);
    }

    /**
     * As {@link #validate(Path)}, also asking {@code driverCheck} about each device's driver (it returns
     * what is wrong, or null), so unknown driver names are reported with their line.
     */
    public List<ConfigProblem> validate(Path configDir, Function<DeviceConfig, String> driverCheck) {
        List<ConfigProblem> problems = new ArrayList<>();
        read(configDir, problems, false, driverCheck);
        return problems;
    }

    /**
     * Loads the configuration. Where {@code platform.url} is {@code embedded} (the demo) and the
     * secrets file does not exist yet, creates one with fresh random secrets, readable only by
     * this user, so the demo needs no setup.
     */
    public KioskConfig load(Path configDir) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        KioskConfig config = read(configDir, problems, true, device -> null);
        if (!problems.isEmpty() || config == null) {
            throw new InvalidConfigException(problems);
        }
        return config;
    }

    private KioskConfig read(Path configDir, List<ConfigProblem> problems, boolean createDemoSecrets,
                             Function<DeviceConfig, String> driverCheck) {
        Path mainFile = configDir.resolve(MAIN_FILE);
        String source = display(mainFile);
        if (!Files.isRegularFile(mainFile)) {
            problems.add(new ConfigProblem(source, 0, "", "not found (give another directory with --config DIR or KIOSK_CONFIG)"));
            return null;
        }
        SettingsReader main = new SettingsReader(KioskSettings.byPath(KioskSettings.MAIN), List.of(KioskSettings.DEVICES), source, problems);
        if (!main.read(mainFile)) {
            return null;
        }
        Map<String, Object> values = resolve(KioskSettings.MAIN, main.values(), main.present(), source, problems);
        for (String key : List.of("security.maintenancePinHash", "security.adminPinHash")) {
            Object hash = values.get(key);
            if (hash != null && !zwfw.kiosk.core.access.PinHash.isWellFormed(hash.toString())) {
                LocatedValue at = main.values().get(key);
                problems.add(new ConfigProblem(at != null ? at.source() : source, at != null ? at.line() : 0, key,
                        "not a PIN hash (make one with: kioskctl pin hash)"));
            }
        }
        Set<String> essential = new java.util.LinkedHashSet<>();
        List<DeviceConfig> devices = DeviceSection.read(main.section(KioskSettings.DEVICES), source, driverCheck, problems, essential);
        Secrets secrets = readSecrets(configDir, values, problems, createDemoSecrets);
        if (!problems.isEmpty()) {
            return null;
        }
        return new KioskConfig(configDir, values, devices, essential, secrets);
    }

    /** Applies environment overrides and defaults, and reports required keys that are still missing. */
    private Map<String, Object> resolve(List<Setting> settings, Map<String, LocatedValue> fromFile, java.util.Set<String> present,
                                        String source, List<ConfigProblem> problems) {
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
            LocatedValue located = fromFile.get(setting.path());
            if (located != null) {
                values.put(setting.path(), located.value());
            } else if (setting.required() && !present.contains(setting.path())) {
                problems.add(new ConfigProblem(source, 0, setting.path(), "missing required value"));
            } else {
                values.put(setting.path(), setting.defaultValue());
            }
        }
        return values;
    }

    private Secrets readSecrets(Path configDir, Map<String, Object> values, List<ConfigProblem> problems, boolean createDemoSecrets) {
        Object fileValue = values.get("secrets.file");
        boolean bothInEnvironment = environment.containsKey(Setting.environmentVariableFor("platform.secret"))
                && environment.containsKey(Setting.environmentVariableFor("storage.key"));
        if (values.get("platform.url") == null) {
            return null; // which secrets are needed depends on the platform: fix platform.url first
        }
        Map<String, LocatedValue> fromFile = Map.of();
        java.util.Set<String> present = java.util.Set.of();
        String source = "secrets file";
        if (fileValue != null) {
            Path file = resolvePath(configDir, fileValue.toString());
            source = display(file);
            if (!Files.exists(file) && KioskConfig.EMBEDDED.equals(values.get("platform.url")) && !bothInEnvironment) {
                if (!createDemoSecrets) {
                    return null; // the demo creates it on first start; nothing to check yet
                }
                try {
                    DemoSecrets.create(file);
                } catch (IOException e) {
                    problems.add(new ConfigProblem(source, 0, "secrets.file", "cannot create the demo secrets file (" + e.getMessage() + ")"));
                    return null;
                }
            }
            if (Files.exists(file)) {
                if (!checkPermissions(file, source, problems)) {
                    return null;
                }
                SettingsReader reader = new SettingsReader(KioskSettings.byPath(KioskSettings.SECRETS), List.of(), source, problems);
                if (!reader.read(file)) {
                    return null;
                }
                fromFile = reader.values();
                present = reader.present();
            } else if (!bothInEnvironment) {
                problems.add(new ConfigProblem(source, 0, "secrets.file", "unreadable secrets file: it does not exist"));
                return null;
            }
        }
        Map<String, Object> secretValues = resolve(KioskSettings.SECRETS, fromFile, present, source, problems);
        String platformSecret = (String) secretValues.get("platform.secret");
        String storageKey = (String) secretValues.get("storage.key");
        if (platformSecret == null || storageKey == null) {
            return null;
        }
        if (platformSecret.length() < 16) {
            problems.add(new ConfigProblem(source, line(fromFile, "platform.secret"), "platform.secret", "too short: at least 16 characters"));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(storageKey);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            problems.add(new ConfigProblem(source, line(fromFile, "storage.key"), "storage.key",
                    "must be a base64-encoded AES key of 16, 24 or 32 bytes"));
            return null;
        }
        return new Secrets(platformSecret, key);
    }

    private static boolean checkPermissions(Path file, String source, List<ConfigProblem> problems) {
        if (!Files.isReadable(file)) {
            problems.add(new ConfigProblem(source, 0, "secrets.file", "unreadable secrets file: permission denied"));
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                problems.add(new ConfigProblem(source, 0, "secrets.file", "secrets file is readable or writable by group or others ("
                        + java.nio.file.attribute.PosixFilePermissions.toString(perms) + "); run: chmod 600 " + file));
                return false;
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing more to check
        }
        return true;
    }

    private static int line(Map<String, LocatedValue> values, String key) {
        LocatedValue v = values.get(key);
        return v == null ? 0 : v.line();
    }

    static Path resolvePath(Path configDir, String p) {
        Path path = Path.of(p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p);
        return path.isAbsolute() ? path.normalize() : configDir.resolve(path).normalize();
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
