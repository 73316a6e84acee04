package zwfw.kiosk.app.cli.provision;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.FileOwnership;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.platform.CatalogFetch;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.platform.PlatformTimeouts;

/**
 * {@code kioskctl provision}: makes an installed kiosk this kiosk. Writes {@code kiosk.env} beside
 * the configuration (its id, the platform's URL and where the secrets are: read by the systemd
 * unit and /usr/bin/kioskctl, so the shipped kiosk.yaml stays as the package left it; mode 600 and
 * owned like the secrets file, as installers add the staff PIN hashes to it) and the
 * secrets file (mode 600; owned by the kiosk's user when run as root; the storage key of an
 * existing one is kept, or the queued cases could no longer be read), then checks that the platform
 * answers a signed GET /api/v1/catalog.
 */
@Command(name = "provision", mixinStandardHelpOptions = true,
        description = "Set this kiosk's id, platform URL and secret, and check that the platform answers.")
public final class ProvisionCommand implements Callable<Integer> {
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'\\\\$`]{1,500}");
    private static final int MAX_SECRET_FILE = 4096;

    @Spec
    CommandSpec spec;

    @Option(names = "--kiosk-id", required = true, description = "The id the platform issued, e.g. KSK-330304-0001.")
    String kioskId;

    @Option(names = "--platform-url", required = true, description = "The platform's base URL (https://…).")
    String platformUrl;

    @Option(names = "--secret-file", required = true, description = "A file holding the shared secret the platform issued (one line).")
    Path secretFile;

    @Option(names = "--secrets-out", description = "Where to write the secrets file (default: secrets.yaml in the configuration directory).")
    Path secretsOut;

    @Option(names = "--offline", description = "Write the files without checking the platform (it is checked at the kiosk's next start).")
    boolean offline;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--config", paramLabel = "DIR", description = "Configuration directory (default: $KIOSK_CONFIG or ./config).")
    String configDir;

    record Printed(String kioskId, String platformUrl, String envFile, String secretsFile, String platform) {
    }

    @Override
    public Integer call() throws IOException {
        if (!KIOSK_ID.matcher(kioskId).matches()) {
            throw new CliFailure(2, "--kiosk-id: letters, digits and '-' only, at most 64: " + kioskId);
        }
        if (!URL.matcher(platformUrl).matches()) {
            throw new CliFailure(2, "--platform-url: an http:// or https:// URL without spaces or quotes: " + platformUrl);
        }
        String secret = readSecret(secretFile);
        Options options = new Options(configDir);
        Path dir = options.directory().toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new CliFailure(2, "no configuration directory " + dir);
        }
        Path secrets = (secretsOut == null ? dir.resolve("secrets.yaml") : secretsOut).toAbsolutePath();
        Path env = dir.resolve("kiosk.env");

        writeSecrets(secrets, secret, existingStorageKey(secrets));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("KIOSK_KIOSK_ID", kioskId);
        values.put("KIOSK_PLATFORM_URL", platformUrl);
        values.put("KIOSK_SECRETS_FILE", secrets.toString());
        writeEnv(env, values);

        options.values = values;
        KioskConfig config = options.load();
        if (FileOwnership.runningAsRoot()) {
            FileOwnership.giveToOwnerOf(config.dataDir(), secrets);
            FileOwnership.giveToOwnerOf(config.dataDir(), env);
        }
        String platform = offline ? "not checked (--offline)" : check(config);
        Printed p = new Printed(kioskId, platformUrl, env.toString(), secrets.toString(), platform);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, p);
        } else {
            out.println("provisioned " + kioskId + ": " + env + ", " + secrets + " (mode 600); platform " + platform);
            out.flush();
        }
        return 0;
    }

    private static String check(KioskConfig config) {
        PlatformClient client = new PlatformClient(new PlatformSettings(config.platformUrl(), config.kioskId(),
                config.secrets().platformSecret(),
                new PlatformTimeouts(config.platformConnectTimeout(), config.platformReadTimeout(), config.platformCallTimeout()),
                config.platformCaBundle().orElse(null), config.platformPins()));
        PlatformResult<CatalogFetch> r = client.catalog(null);
        if (!r.isOk()) {
            throw new CliFailure(3, "written, but the platform did not accept this kiosk: " + r.error().kind().plainEnglish()
                    + " (" + r.error().summary() + ")");
        }
        return "answered (catalog " + r.value().body().length + " bytes)";
    }

    private static String readSecret(Path file) {
        String secret = new String(InputFiles.read(file, MAX_SECRET_FILE, 2), StandardCharsets.UTF_8).trim();
        if (secret.isEmpty() || secret.contains("\n") || secret.contains("\"") || secret.contains("\\")) {
            throw new CliFailure(2, "--secret-file: must hold the secret on one line, without quotes or backslashes");
        }
        return secret;
    }

    private static String existingStorageKey(Path secrets) {
        if (!Files.isRegularFile(secrets)) {
            return null;
        }
        try {
            Object doc = new Yaml(new LoaderOptions()).load(Files.readString(secrets, StandardCharsets.UTF_8));
            if (doc instanceof Map<?, ?> m && m.get("storage") instanceof Map<?, ?> s && s.get("key") instanceof String key
                    && !key.isBlank()) {
                return key;
            }
        } catch (IOException | RuntimeException e) {
            throw new CliFailure(2, "the existing secrets file " + secrets + " is unreadable (" + e.getMessage()
                    + "): move it away only if nothing is queued, its storage key decrypts the outbox");
        }
        return null;
    }

    private static void writeSecrets(Path file, String secret, String storageKey) throws IOException {
        if (storageKey == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            storageKey = Base64.getEncoder().encodeToString(key);
        }
        String text = "# Written by kioskctl provision. Keep it mode 600: the platform secret and the key of the stored cases.\n"
                + "platform:\n  secret: \"" + secret + "\"\n"
                + "storage:\n  key: \"" + storageKey + "\"\n";
        replace(file, text, "rw-------");
    }

    private static void writeEnv(Path file, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder("# Written by kioskctl provision: this kiosk's identity, read by zwfw-kiosk.service and kioskctl.\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        replace(file, text.toString(), "rw-------"); // the installer adds the staff PIN hashes here: never readable by others
    }

    /** Written beside the target with its final mode from the start, then renamed over it. */
    private static void replace(Path file, String text, String mode) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(mode));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The configuration as the kiosk will read it: the new values win over the environment. */
    private static final class Options extends ConfigOptions {
        Map<String, String> values = Map.of();

        Options(String dir) {
            this.configDir = dir;
        }

        @Override
        protected Map<String, String> overrides() {
            return values;
        }
    }
}
