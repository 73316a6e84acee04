package zwfw.kiosk.core.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/**
 * Prints durable enqueue latency (p50, p99: commit with fsync, AES-GCM sealing included) and drain
 * throughput (in-order delivery to the simulator on 127.0.0.1). Targets: p99 enqueue under 10 ms,
 * drain over 200 cases/s. Args: [cases] [data dir]; see docs/platform-and-outbox.md to run it.
 *
 * <p>The cases are of an ordinary service (GA-0002, delivery CASE). A certificate service (RS-0001,
 * delivery DOCUMENT) makes the simulator render a PDF for every case it accepts, ~25 ms of its CPU, which
 * is the simulated platform's work and not the outbox's: its drain is printed apart, over a tenth as many.
 */
public final class OutboxBenchmark {
    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("outbox-bench");
        try (PlatformSimulator sim = PlatformSimulator.start(SimOptions.of(0, dir.resolve("platform"), KioskFixture.KIOSK, KioskFixture.SECRET));
             KioskDatabase db = KioskDatabase.open(dir.resolve("kiosk"), KioskFixture.migrations());
             PlatformClient client = new PlatformClient(new PlatformSettings(sim.url(), KioskFixture.KIOSK, KioskFixture.SECRET,
                     PlatformTimeouts.defaults(), null, List.of()))) {
            Outbox outbox = new Outbox(db, KioskFixture.KEY, Clock.systemUTC());
            DeliveryWorker worker = new DeliveryWorker(outbox, client, new Backoff(Duration.ofMillis(10), Duration.ofSeconds(1),
                    new Random(1)), Duration.ofSeconds(5), OutboxListener.NONE, Clock.systemUTC());

            // warm-up: JIT, connection pool, SQLite statement paths (bin/bench also runs the whole benchmark once before)
            for (int i = 0; i < Math.min(200, n); i++) {
                outbox.enqueueCase(aCase());
            }
            outbox.enqueueCase(aCertificateCase());
            worker.flush(Duration.ofMinutes(1));

            long[] nanos = new long[n];
            for (int i = 0; i < n; i++) {
                var c = aCase();
                long t0 = System.nanoTime();
                outbox.enqueueCase(c);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("durable enqueue (%d cases, WAL + synchronous=FULL, AES-GCM): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    n, ms(nanos[n / 2]), ms(nanos[(int) (n * 0.99) - 1]), ms(nanos[n - 1]));

            long t0 = System.nanoTime();
            boolean empty = worker.flush(Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("drain to the simulator on 127.0.0.1: %d cases in %.2f s = %.0f cases/s (outbox empty: %s)%n",
                    n, seconds, n / seconds, empty);
            System.out.printf("platform holds %d cases%n", sim.cases().size());
            // bin/bench reads these lines (figure | value | unit | target)
            System.out.printf(java.util.Locale.ROOT, "figure: outbox durable enqueue p99 | %.2f | ms | < 10%n", ms(nanos[(int) (n * 0.99) - 1]));
            System.out.printf(java.util.Locale.ROOT, "figure: outbox drain to the simulator | %.0f | cases/s | > 200%n", n / seconds);

            int m = Math.max(10, n / 10);
            for (int i = 0; i < m; i++) {
                outbox.enqueueCase(aCertificateCase());
            }
            long c0 = System.nanoTime();
            boolean drained = worker.flush(Duration.ofMinutes(5));
            double certSeconds = (System.nanoTime() - c0) / 1e9;
            System.out.printf("drain of certificate cases (the simulator renders each one's PDF): %d in %.2f s = %.0f cases/s (outbox empty: %s)%n",
                    m, certSeconds, m / certSeconds, drained);
            System.out.printf(java.util.Locale.ROOT, "figure: outbox drain, certificate cases (simulator renders a PDF each) | %.0f | cases/s | -%n",
                    m / certSeconds);
        }
    }

    /** An ordinary case: the platform files it and answers (GA-0002 无犯罪记录证明 is delivery CASE). */
    private static zwfw.kiosk.core.platform.CaseSubmission aCase() {
        return KioskFixture.aCase(UUID.randomUUID().toString(), "GA-0002", Map.of("purpose", "就业", "phone", KioskFixture.PHONE));
    }

    /** A certificate case: the platform renders its PDF before it answers (RS-0001 个人参保证明 is delivery DOCUMENT). */
    private static zwfw.kiosk.core.platform.CaseSubmission aCertificateCase() {
        return KioskFixture.aCase(UUID.randomUUID().toString(), "RS-0001",
                Map.of("purpose", "个人证明", "phone", KioskFixture.PHONE, "copies", 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
