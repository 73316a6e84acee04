package zwfw.kiosk.core.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import zwfw.kiosk.core.catalog.CatalogSync;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/** A simulator on 127.0.0.1 and a kiosk's database, client and outbox against it, for tests. */
public final class KioskFixture implements AutoCloseable {
    public static final String KIOSK = "KSK-330304-0001";
    public static final String SECRET = "fixture-secret";
    public static final byte[] KEY = new byte[32];
    public static final String ID_NUMBER = "11010519491231002X";
    public static final String NAME = "李小龙";
    public static final String PHONE = "13912345678";

    static {
        new Random(42).nextBytes(KEY);
    }

    public final PlatformSimulator sim;
    public final KioskDatabase db;
    public final PlatformClient client;
    public final Outbox outbox;
    public final List<OutboxEntry> alerts = new ArrayList<>();
    public final Path dataDir;

    public KioskFixture(Path dir) {
        this(dir, SECRET, new PlatformTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    public KioskFixture(Path dir, String kioskSecret, PlatformTimeouts timeouts) {
        sim = PlatformSimulator.start(SimOptions.of(0, dir.resolve("platform"), KIOSK, SECRET));
        dataDir = dir.resolve("kiosk");
        db = KioskDatabase.open(dataDir, migrations());
        client = new PlatformClient(new PlatformSettings(sim.url(), KIOSK, kioskSecret, timeouts, null, List.of()));
        outbox = new Outbox(db, KEY, Clock.systemUTC());
    }

    public static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(Outbox.migrations());
        all.addAll(CatalogSync.migrations());
        return all;
    }

    public DeliveryWorker worker(OutboxListener listener) {
        return new DeliveryWorker(outbox, client, new Backoff(Duration.ofMillis(5), Duration.ofMillis(100), new Random(1)),
                Duration.ofMillis(200), listener, Clock.systemUTC());
    }

    public static CaseSubmission aCase(String service) {
        return aCase(UUID.randomUUID().toString(), service, Map.of("purpose", "个人证明", "phone", PHONE, "copies", 1));
    }

    public static CaseSubmission aCase(String clientCaseId, String service, Map<String, Object> form) {
        return new CaseSubmission(clientCaseId, service, KIOSK, CaseSubmission.KIOSK_CHANNEL, "2026-11-24T09:30:00+08:00",
                new Person(NAME, IdType.RESIDENT_ID, ID_NUMBER, PHONE), null, form, List.of());
    }

    @Override
    public void close() {
        client.close();
        db.close();
        sim.close();
    }
}
