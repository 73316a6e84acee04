package zwfw.kiosk.app.cli.platform;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.ConfigOptions;

/**
 * The configuration, with a few settings that the platform commands may override for one run
 * (each works like its {@code KIOSK_…} environment variable).
 */
public final class PlatformOptions extends ConfigOptions {
    @Option(names = "--platform-url", description = "Override platform.url (a URL, or 'embedded').")
    public String platformUrl;

    @Option(names = "--data-dir", description = "Override data.dir (where kiosk.db is).")
    public String dataDir;

    @Option(names = "--kiosk-id", description = "Override kiosk.id.")
    public String kioskId;

    @Option(names = "--platform-secret", arity = "1", description = "Override the secrets file's platform.secret.")
    public String secret;

    @Option(names = "--storage-key", arity = "1", description = "Override the secrets file's storage.key (base64 AES key).")
    public String storageKey;

    @Override
    protected Map<String, String> overrides() {
        Map<String, String> o = new HashMap<>();
        put(o, "KIOSK_PLATFORM_URL", platformUrl);
        put(o, "KIOSK_DATA_DIR", dataDir);
        put(o, "KIOSK_KIOSK_ID", kioskId);
        put(o, "KIOSK_PLATFORM_SECRET", secret);
        put(o, "KIOSK_STORAGE_KEY", storageKey);
        return o;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
