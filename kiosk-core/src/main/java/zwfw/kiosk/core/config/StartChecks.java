package zwfw.kiosk.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.CertificatePinner;
import zwfw.kiosk.core.platform.TlsTrust;

/**
 * What the kiosk's parts check when they start, checked already when the configuration is read so
 * that {@code kioskctl config validate} and the kiosk cannot disagree: the data directory can be
 * created and written, the CA bundle is a small file of certificates, the pins are pins the HTTP
 * client takes.
 */
final class StartChecks {
    /** The largest CA bundle read (checked before reading). */
    static final long MAX_CA_BUNDLE_BYTES = 1024 * 1024;

    private StartChecks() {
    }

    static void check(Path configDir, Map<String, Object> values, SettingsReader main, String source, Map<String, String> environment,
                      List<ConfigProblem> problems) {
        Object dataDir = values.get("data.dir");
        if (dataDir != null) {
            Path dir = ConfigLoader.resolvePath(configDir, dataDir.toString());
            String wrong = Files.exists(dir) ? notWritableDirectory(dir) : notCreatable(dir);
            if (wrong != null) {
                problems.add(at(main, source, environment, "data.dir", wrong));
            }
        }
        Object caBundle = values.get("platform.caBundle");
        if (caBundle != null) {
            Path file = ConfigLoader.resolvePath(configDir, caBundle.toString());
            try {
                RegularFile.checkType(file, MAX_CA_BUNDLE_BYTES);
                TlsTrust.trustManagerFor(file);
            } catch (RegularFile.Refused e) {
                problems.add(at(main, source, environment, "platform.caBundle", ConfigLoader.display(file) + " " + e.getMessage()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(at(main, source, environment, "platform.caBundle", "not a PEM file of CA certificates ("
                        + YamlFile.oneLine(e.getMessage()) + ")"));
            }
        }
        Object portGlob = values.get("maintenance.extraPortGlob");
        if (portGlob != null) {
            try {
                zwfw.kiosk.drivers.transport.PortDiscovery.checkGlob(portGlob.toString());
            } catch (IllegalArgumentException e) {
                problems.add(at(main, source, environment, "maintenance.extraPortGlob", e.getMessage()));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> pins = (List<String>) values.get("platform.pins");
        if (pins != null) {
            for (String pin : pins) {
                try {
                    new CertificatePinner.Builder().add("platform.invalid", pin);
                } catch (IllegalArgumentException e) {
                    problems.add(at(main, source, environment, "platform.pins", "'" + TextRules.cut(pin)
                            + "' is not a certificate pin: write sha256/ and the base64 SHA-256 of the certificate's public key"));
                }
            }
        }
    }

    /**
     * The metrics endpoint's rules ({@link MetricsSettings#problem()}), which need the secrets: checked
     * once the configuration is whole, as {@code MetricsEndpoint} checks them when it starts.
     */
    static void checkMetrics(MetricsSettings metrics, SettingsReader main, String source, Map<String, String> environment,
                             List<ConfigProblem> problems) {
        metrics.problem().ifPresent(p -> problems.add(at(main, source, environment, p.key(), p.message())));
    }

    /** Why {@code dir} (which does not exist) cannot be created by this user, or null. */
    static String notCreatable(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        if (!Files.isDirectory(existing)) {
            return existing + " is not a directory";
        }
        return Files.isWritable(existing) ? null
                : existing + " is not writable by user " + System.getProperty("user.name");
    }

    private static String notWritableDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return dir + " exists but is not a directory";
        }
        return Files.isWritable(dir) ? null : dir + " is not writable by user " + System.getProperty("user.name");
    }

    private static ConfigProblem at(SettingsReader main, String source, Map<String, String> environment, String key, String message) {
        String variable = Setting.environmentVariableFor(key);
        return !environment.containsKey(variable)
                ? new ConfigProblem(source, main.nearestLine(key), key, message)
                : new ConfigProblem("environment variable " + variable, 0, key, message);
    }
}
