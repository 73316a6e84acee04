package zwfw.kiosk.app.cli.platform;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.core.catalog.CatalogSync;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;
import zwfw.kiosk.core.storage.StorageSettings;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;

/** The pieces a platform command needs, built from {@link PlatformOptions}; closes them in reverse order. */
public final class KioskBackend implements AutoCloseable {
    public static final String EMBEDDED = "embedded";
    static final String DEMO_SECRET = "demo-secret";

    public final PlatformSimulator embedded;
    public final KioskDatabase db;
    public final PlatformClient client;
    public final Outbox outbox;
    public final DeliveryWorker worker;
    public final CatalogSync catalog;
    public final String kioskId;

    private KioskBackend(PlatformSimulator embedded, KioskDatabase db, PlatformClient client, Outbox outbox,
                         DeliveryWorker worker, CatalogSync catalog, String kioskId) {
        this.embedded = embedded;
        this.db = db;
        this.client = client;
        this.outbox = outbox;
        this.worker = worker;
        this.catalog = catalog;
        this.kioskId = kioskId;
    }

    public static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(Outbox.migrations());
        all.addAll(CatalogSync.migrations());
        return all;
    }

    public static KioskBackend open(PlatformOptions o) {
        boolean embedded = EMBEDDED.equals(o.platformUrl);
        String secret = o.secret != null && !o.secret.isBlank() ? o.secret : embedded ? DEMO_SECRET : null;
        if (secret == null) {
            throw new CliFailure(2, "no platform secret: set KIOSK_PLATFORM_SECRET or --platform-secret");
        }
        if (o.storageKey == null || o.storageKey.isBlank()) {
            throw new CliFailure(2, "no storage key: set KIOSK_STORAGE_KEY (base64 of 32 bytes, e.g. from 'openssl rand -base64 32')");
        }
        StorageSettings storage;
        try {
            storage = StorageSettings.of(o.dataDir, o.storageKey);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(2, e.getMessage());
        }
        PlatformSimulator sim = null;
        KioskDatabase db = null;
        try {
            String url = o.platformUrl;
            if (embedded) {
                sim = PlatformSimulator.start(0, storage.dataDir().resolve("platform-sim"), secret, o.kioskId, Faults.none());
                url = sim.url();
            }
            db = KioskDatabase.open(storage.dataDir(), migrations());
            PlatformClient client = new PlatformClient(PlatformSettings.of(url, o.kioskId, secret));
            Outbox outbox = new Outbox(db, storage.key(), Clock.systemUTC());
            DeliveryWorker worker = new DeliveryWorker(outbox, client, OutboxListener.NONE);
            CatalogSync catalog = new CatalogSync(db, client, o.catalogFallback, Clock.systemUTC());
            return new KioskBackend(sim, db, client, outbox, worker, catalog, o.kioskId);
        } catch (IllegalArgumentException e) {
            closeQuietly(db, sim);
            throw new CliFailure(2, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(db, sim);
            throw e;
        }
    }

    private static void closeQuietly(KioskDatabase db, PlatformSimulator sim) {
        if (db != null) {
            db.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Override
    public void close() {
        worker.close();
        client.close();
        db.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
