package zwfw.kiosk.app.cli.platform;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the platform is and where the kiosk keeps its data, for the commands that talk to the
 * platform. Until the configuration loader lands these come from options or the environment;
 * swapping in {@code config/kiosk.yaml} means filling {@link KioskBackend#open} from it instead.
 */
public final class PlatformOptions {
    @Option(names = "--platform-url", defaultValue = "${env:KIOSK_PLATFORM_URL:-embedded}",
            description = "Platform base URL, or 'embedded' to run the simulator in-process (default: ${DEFAULT-VALUE}).")
    public String platformUrl;

    @Option(names = "--data-dir", defaultValue = "${env:KIOSK_DATA_DIR:-data}",
            description = "Data directory holding kiosk.db (default: ${DEFAULT-VALUE}).")
    public Path dataDir;

    @Option(names = "--kiosk-id", defaultValue = "${env:KIOSK_ID:-KSK-330304-0001}",
            description = "This kiosk's id (default: ${DEFAULT-VALUE}).")
    public String kioskId;

    @Option(names = "--platform-secret", defaultValue = "${env:KIOSK_PLATFORM_SECRET}", arity = "1",
            description = "Shared signing secret (env KIOSK_PLATFORM_SECRET; 'demo-secret' when embedded).")
    public String secret;

    @Option(names = "--storage-key", defaultValue = "${env:KIOSK_STORAGE_KEY}", arity = "1",
            description = "Base64 of the 32-byte key sealing personal data at rest (env KIOSK_STORAGE_KEY).")
    public String storageKey;

    @Option(names = "--catalog-fallback", defaultValue = "config/catalog.json",
            description = "Catalog used on a first start without network (default: ${DEFAULT-VALUE}).")
    public Path catalogFallback;
}
