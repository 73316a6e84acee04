package zwfw.kiosk.core.outbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.storage.KioskDatabase;

/**
 * The child JVM of the chaos test: a kiosk that commits N cases (deterministic clientCaseIds, as if
 * N citizens pressed confirm) and delivers them, and is killed at random moments. On each start it
 * commits those not yet committed, then delivers until the outbox is empty, then exits 0.
 * Args: dataDir platformUrl n.
 */
public final class ChaosSubmitter {
    private ChaosSubmitter() {
    }

    public static String caseId(int i) {
        return UUID.nameUUIDFromBytes(("chaos-case-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String url = args[1];
        int n = Integer.parseInt(args[2]);
        try (KioskDatabase db = KioskDatabase.open(dataDir, KioskFixture.migrations());
             PlatformClient client = new PlatformClient(new PlatformSettings(url, KioskFixture.KIOSK, KioskFixture.SECRET,
                     new PlatformTimeouts(Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofSeconds(1)), null, List.of()))) {
            Outbox outbox = new Outbox(db, KioskFixture.KEY, Clock.systemUTC());
            DeliveryWorker worker = new DeliveryWorker(outbox, client,
                    new Backoff(Duration.ofMillis(10), Duration.ofMillis(200), new Random()), Duration.ofSeconds(1),
                    OutboxListener.NONE, Clock.systemUTC());
            worker.start();
            System.out.println("working"); // the parent's kill schedule counts from here, not from JVM start
            System.out.flush();
            for (int i = 0; i < n; i++) {
                String id = caseId(i);
                if (outbox.entry(id).isEmpty()) {
                    outbox.enqueueCase(KioskFixture.aCase(id, "RS-0001",
                            Map.of("purpose", "个人证明", "phone", KioskFixture.PHONE, "copies", 1 + i % 5)));
                    worker.wake();
                }
            }
            while (outbox.depth() > 0) {
                Thread.sleep(20);
            }
            worker.close();
            System.out.println("drained");
        }
    }
}
