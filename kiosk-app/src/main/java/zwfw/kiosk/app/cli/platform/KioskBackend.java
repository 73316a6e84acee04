package zwfw.kiosk.app.cli.platform;

import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.catalog.CatalogSync;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.EntryKind;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.drivers.device.DeviceException;

/**
 * The kiosk's back end for one platform command: exactly what the running kiosk builds
 * ({@link KioskAssembly}), without devices, so {@code kioskctl case submit} takes the UI's path.
 */
public final class KioskBackend implements AutoCloseable {
    private final KioskAssembly assembly;
    public final PlatformClient client;
    public final Outbox outbox;
    public final DeliveryWorker worker;
    public final CatalogSync catalog;
    public final String kioskId;
    /** The kiosk's one clock, in its configured zone. */
    public final java.time.Clock clock;

    private KioskBackend(KioskAssembly assembly) {
        this.assembly = assembly;
        this.client = assembly.platform();
        this.outbox = assembly.outbox();
        this.worker = assembly.deliveryWorker();
        this.catalog = assembly.catalog();
        this.kioskId = assembly.config().kioskId();
        this.clock = assembly.config().clock();
    }

    public static KioskBackend open(PlatformOptions options) {
        try {
            return new KioskBackend(KioskAssembly.startBackEnd(options.load(), OutboxListener.NONE));
        } catch (DeviceException e) {
            throw new CliFailure(2, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(2, e.getMessage());
        }
    }

    /**
     * Fails (a {@code StorageException}, one line in kioskctl) when this storage key cannot open the
     * sealed data already queued, before anything new is sealed with it: a case committed under a
     * wrong key would be accepted and then undeliverable.
     */
    public void requireStorageKeyOpensQueuedCases() {
        outbox.status().entries().stream()
                .filter(e -> e.kind() == EntryKind.CASE && e.personalDataHeld())
                .findFirst()
                .ifPresent(e -> outbox.caseSubmission(e.clientRef()));
    }

    @Override
    public void close() {
        assembly.close();
    }
}
