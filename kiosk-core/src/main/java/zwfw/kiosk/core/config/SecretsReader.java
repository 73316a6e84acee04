package zwfw.kiosk.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code platform.secret} and {@code storage.key} from the secrets file (or the environment),
 * with the rules the kiosk's parts apply: the file is a regular file of at most
 * {@link ConfigLoader#MAX_SECRETS_BYTES}, not readable or writable by group or others; the secret is
 * at least {@link ConfigLoader#MIN_PLATFORM_SECRET} characters; the key is exactly
 * {@link ConfigLoader#STORAGE_KEY_BYTES} bytes, as the outbox's seal requires. Problems with the
 * file itself name the file; problems with where it is name {@code secrets.file}'s line.
 */
final class SecretsReader {
    private final Map<String, String> environment;
    private final Path configDir;

    SecretsReader(Map<String, String> environment, Path configDir) {
        this.environment = environment;
        this.configDir = configDir;
    }

    Secrets read(Map<String, Object> values, SettingsReader main, String mainSource, List<ConfigProblem> problems,
                 boolean createDemoSecrets) {
        Object fileValue = values.get("secrets.file");
        boolean bothInEnvironment = environment.containsKey(Setting.environmentVariableFor("platform.secret"))
                && environment.containsKey(Setting.environmentVariableFor("storage.key"));
        if (values.get("platform.url") == null || fileValue == null) {
            return null; // which secrets are needed depends on the platform: fix platform.url first
        }
        Path file = ConfigLoader.resolvePath(configDir, fileValue.toString());
        String source = ConfigLoader.display(file);
        String keySource = environment.containsKey(Setting.environmentVariableFor("secrets.file"))
                ? "environment variable " + Setting.environmentVariableFor("secrets.file") : mainSource;
        int keyLine = keySource.equals(mainSource) ? main.nearestLine("secrets.file") : 0;
        boolean exists = Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!exists && KioskConfig.EMBEDDED.equals(values.get("platform.url")) && !bothInEnvironment) {
            if (!createDemoSecrets) {
                String blocked = StartChecks.notCreatable(file.toAbsolutePath().getParent());
                if (blocked != null) {
                    problems.add(new ConfigProblem(keySource, keyLine, "secrets.file", "the demo cannot create its secrets file: " + blocked));
                }
                return null; // the demo creates it on first start; nothing more to check yet
            }
            try {
                DemoSecrets.create(file);
                exists = true;
            } catch (IOException | RuntimeException e) {
                problems.add(new ConfigProblem(keySource, keyLine, "secrets.file", "cannot create the demo secrets file "
                        + source + " (" + YamlFile.oneLine(e.getMessage()) + ")"));
                return null;
            }
        }
        SettingsReader reader = null;
        if (exists) {
            if (!usable(file, source, problems)) {
                return null;
            }
            reader = new SettingsReader(KioskSettings.byPath(KioskSettings.SECRETS), List.of(), source, problems);
            if (!reader.read(file, ConfigLoader.MAX_SECRETS_BYTES)) {
                return null;
            }
        } else if (!bothInEnvironment) {
            problems.add(new ConfigProblem(keySource, keyLine, "secrets.file", source
                    + " does not exist: create it with platform.secret and storage.key, mode 600"));
            return null;
        }
        List<ConfigProblem> missing = new ArrayList<>();
        Map<String, Object> secretValues = ConfigLoader.resolve(environment, KioskSettings.SECRETS, reader, source, missing);
        problems.addAll(missing);
        String platformSecret = (String) secretValues.get("platform.secret");
        String storageKey = (String) secretValues.get("storage.key");
        if (platformSecret == null || storageKey == null) {
            return null;
        }
        boolean ok = true;
        if (platformSecret.length() < ConfigLoader.MIN_PLATFORM_SECRET) {
            problems.add(located(reader, source, "platform.secret",
                    "too short: at least " + ConfigLoader.MIN_PLATFORM_SECRET + " characters"));
            ok = false;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(storageKey);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != ConfigLoader.STORAGE_KEY_BYTES) {
            problems.add(located(reader, source, "storage.key", "must be a base64-encoded AES key of exactly "
                    + ConfigLoader.STORAGE_KEY_BYTES + " bytes (256 bits), not " + key.length
                    + " bytes; make one with: head -c 32 /dev/urandom | base64"));
            ok = false;
        }
        java.util.Map<String, String> optional = new java.util.HashMap<>();
        for (Setting s : KioskSettings.SECRETS) {
            if (!s.required() && secretValues.get(s.path()) != null) {
                optional.put(s.path(), secretValues.get(s.path()).toString());
            }
        }
        return ok ? new Secrets(platformSecret, key, optional) : null;
    }

    private ConfigProblem located(SettingsReader reader, String source, String key, String message) {
        String variable = Setting.environmentVariableFor(key);
        if (environment.containsKey(variable)) {
            return new ConfigProblem("environment variable " + variable, 0, key, message);
        }
        return new ConfigProblem(source, reader == null ? 1 : reader.nearestLine(key), key, message);
    }

    /** A regular file of bounded size, private to its owner; a problem that fits otherwise. */
    private static boolean usable(Path file, String source, List<ConfigProblem> problems) {
        try {
            RegularFile.checkType(file, ConfigLoader.MAX_SECRETS_BYTES);
        } catch (RegularFile.Refused e) {
            problems.add(new ConfigProblem(source, 1, "secrets.file", e.getMessage()));
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                problems.add(new ConfigProblem(source, 1, "secrets.file", "secrets file is readable or writable by group or others ("
                        + PosixFilePermissions.toString(perms) + "); run: chmod 600 " + file));
                return false;
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing more to check
        }
        return true;
    }
}
