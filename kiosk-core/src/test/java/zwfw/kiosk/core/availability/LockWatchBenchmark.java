package zwfw.kiosk.core.availability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Prints how long a lock record takes to write (fsync included) and how long until the kiosk's
 * watch, at the production interval of 500 ms, notices it: the time from {@code kioskctl kiosk lock}
 * to the screen, less one FX pulse. Run: {@code bin/bench --only lockwatch} (argument, when run by hand: runs)
 */
public final class LockWatchBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path data = Files.createTempDirectory("lock-bench");
        ServiceLocks locks = new ServiceLocks(data, Clock.systemUTC());
        LinkedBlockingQueue<Long> noticed = new LinkedBlockingQueue<>();
        List<Double> writes = new ArrayList<>();
        List<Double> notices = new ArrayList<>();
        try (LockWatch watch = new LockWatch(new ServiceLocks(data, Clock.systemUTC()), m -> noticed.add(System.nanoTime()))) {
            watch.start(Duration.ofMillis(500));
            noticed.take(); // the first reading
            for (int i = 0; i < runs; i++) {
                // Staff act at any moment, not in step with the poll.
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(500));
                long start = System.nanoTime();
                if (i % 2 == 0) {
                    locks.lock(LockHolder.STAFF, "benchmark " + i, "benchmark");
                } else {
                    locks.unlock(LockHolder.STAFF, "benchmark");
                }
                writes.add((System.nanoTime() - start) / 1e6);
                Long at = noticed.poll(5, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("change " + i + " not noticed within 5 s");
                }
                notices.add((at - start) / 1e6);
            }
        }
        System.out.printf("lock record write+fsync (%d runs): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                runs, pct(writes, 50), pct(writes, 95), Collections.max(writes));
        System.out.printf("write -> watch notices (poll 500 ms): median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                pct(notices, 50), pct(notices, 95), Collections.max(notices));
        // bin/bench reads these lines (figure | value | unit | target): the screen within a second of kioskctl
        System.out.printf(java.util.Locale.ROOT, "figure: lock record write+fsync p95 | %.1f | ms | -%n", pct(writes, 95));
        System.out.printf(java.util.Locale.ROOT, "figure: lock write -> watch notices p95 | %.0f | ms | < 1000%n", pct(notices, 95));
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
