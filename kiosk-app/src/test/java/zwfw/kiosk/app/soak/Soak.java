package zwfw.kiosk.app.soak;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/soak}: the real kiosk through thousands of complete visits ({@link VisitMix}) amid the months'
 * events ({@link SoakConditions}); every {@code --every} visits a {@link SoakSample} goes to {@code soak.csv},
 * and at the end the chart to {@code soak.png} and the verdict ({@link SoakVerdict}): exit 0 when nothing
 * grows without bound, 1 with one line per figure that does, 2 for a usage error.
 */
public final class Soak {
    private Soak() {
    }

    record Options(int visits, boolean faults, int every, int warmup, Path out, long seed, Path heapDump) {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("soak: " + e.getMessage());
            System.err.println("usage: bin/soak --visits N [--faults] [--every N] [--warmup N] [--out DIR] [--seed N] [--heap-dump FILE]");
            System.exit(2);
            return;
        }
        System.exit(run(o) ? 0 : 1);
    }

    static Options parse(String[] args) {
        int visits = 10_000;
        boolean faults = false;
        int every = 500;
        Integer warmup = null;
        // bin/soak runs from kiosk-app/: it names the caller's directory and the default output directory.
        Path cwd = Path.of(System.getProperty("soak.cwd", ""));
        Path out = Path.of(System.getProperty("soak.out", "target/soak"));
        long seed = 18;
        Path heapDump = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--faults" -> faults = true;
                case "--visits" -> visits = number(args, ++i, a, 1, 10_000_000);
                case "--every" -> every = number(args, ++i, a, 1, 10_000_000);
                case "--warmup" -> warmup = number(args, ++i, a, 0, 10_000_000);
                case "--seed" -> seed = number(args, ++i, a, 0, Integer.MAX_VALUE);
                case "--out" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException("--out needs a directory");
                    }
                    out = cwd.resolve(args[i]).toAbsolutePath();
                }
                case "--heap-dump" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException("--heap-dump needs a file");
                    }
                    heapDump = cwd.resolve(args[i]).toAbsolutePath();
                }
                default -> throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        // Warm-up: the first sample interval, at least a tenth of the run: classes load, caches and pools fill.
        int w = warmup != null ? warmup : Math.max(every, visits / 10);
        return new Options(visits, faults, every, w, out, seed, heapDump);
    }

    private static int number(String[] args, int i, String name, int min, int max) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a number");
        }
        try {
            int n = Integer.parseInt(args[i]);
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + args[i]);
        }
    }

    static boolean run(Options o) throws Exception {
        Files.createDirectories(o.out());
        Path temp = Files.createTempDirectory("kiosk-soak");
        Path csv = o.out().resolve("soak.csv");
        List<SoakSample> samples = new ArrayList<>();
        List<String> stuckVisits = new ArrayList<>();
        System.out.printf(Locale.ROOT, "soak: %d visits%s, a sample every %d, warm-up %d; %d cores, max heap %d MB; data in %s%n",
                o.visits(), o.faults() ? " with platform faults (" + SoakConditions.FAULTS + ")" : "", o.every(), o.warmup(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, temp);
        SoakKiosk kiosk = SoakKiosk.boot(temp, true);
        SoakConditions conditions = new SoakConditions(kiosk, o.faults(), o.visits(), o.warmup());
        VisitMix mix = new VisitMix(kiosk, o.seed(), conditions::platform);
        SoakProbe probe = new SoakProbe(kiosk.dataDir());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.println(SoakSample.CSV_HEADER);
            SoakSample first = probe.sample(0);
            java.util.SortedMap<String, Long> threadsAtWarmup = o.warmup() == 0 ? SoakProbe.threadsByName() : null;
            samples.add(first);
            w.println(first.csvLine());
            w.flush();
            System.out.println(first);
            for (int n = 1; n <= o.visits(); n++) {
                conditions.before(n);
                try {
                    mix.visit();
                } catch (RuntimeException stuck) {
                    // One visit that never finished is a finding, not the end of an hour's run: say it, end it as a
                    // citizen walking away would, and judge it at the end.
                    String line = String.format(Locale.ROOT, "visit %d (%s) did not finish: %s", n, mix.lastKind(),
                            String.valueOf(stuck.getMessage()).lines().findFirst().orElse(""));
                    System.out.println("soak: " + line);
                    stuckVisits.add(line);
                    kiosk.touch(new zwfw.kiosk.core.visit.VisitEvent.Action.EndVisit());
                    kiosk.reader().remove();
                    kiosk.awaitScreen("attract");
                }
                conditions.after(n);
                if (n % o.every() == 0 || n == o.visits()) {
                    SoakKiosk.forgetFiredEvents();
                    SoakSample s = probe.sample(n);
                    if (threadsAtWarmup == null && n >= o.warmup()) {
                        threadsAtWarmup = SoakProbe.threadsByName();
                    }
                    samples.add(s);
                    w.println(s.csvLine());
                    w.flush();
                    System.out.printf(Locale.ROOT, "%s  %.0f visits/h%n", s, n * 3_600_000.0 / Math.max(1, s.elapsedMillis()));
                }
            }
            System.out.println("threads after the warm-up: " + threadsAtWarmup);
            System.out.println("threads at the end:        " + SoakProbe.threadsByName());
        } finally {
            conditions.close();
        }
        SoakSample last = samples.get(samples.size() - 1);
        double perHour = o.visits() * 3_600_000.0 / Math.max(1, last.elapsedMillis());
        List<SoakSample> judged = samples.stream().filter(s -> s.visits() >= o.warmup()).toList();
        double heapSlope = judged.size() >= 2 ? SoakVerdict.robustSlope(judged, SoakSample::heapBytes) : Double.NaN;
        SoakChart.write(samples, String.format(Locale.ROOT, "%d visits, %.0f/h", o.visits(), perHour), o.out().resolve("soak.png"));
        List<String> problems = new java.util.ArrayList<>(new SoakVerdict(SoakVerdict.Limits.defaults()).problems(samples, o.warmup()));
        problems.addAll(stuckVisits);
        SoakSample start = judged.isEmpty() ? samples.get(0) : judged.get(0);
        System.out.printf(Locale.ROOT, "visits: %d in %.0f s, %.0f visits per hour; kinds %s; certificates printed %d; "
                        + "QR logins refused while offline %d; %s%n", o.visits(), last.elapsedMillis() / 1000.0, perHour, mix.counts(),
                mix.certificatesPrinted(), mix.qrLoginsRefused(), conditions.events());
        System.out.printf(Locale.ROOT, "after warm-up (visit %d → %d): heap slope %.0f bytes/visit; threads %d → %d; fds %d → %d; "
                        + "SQLite handles %d → %d; nodes %d → %d; heap %.1f → %.1f MB; RSS %.1f → %.1f MB; data %.1f → %.1f MB%n",
                start.visits(), last.visits(), heapSlope, start.threads(), last.threads(), start.fileDescriptors(),
                last.fileDescriptors(), start.dbHandles(), last.dbHandles(), start.nodes(), last.nodes(), start.heapBytes() / 1e6,
                last.heapBytes() / 1e6, start.rssBytes() / 1e6, last.rssBytes() / 1e6, start.dataBytes() / 1e6, last.dataBytes() / 1e6);
        if (o.heapDump() != null) {
            Files.deleteIfExists(o.heapDump());
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(o.heapDump().toString(), true);
            System.out.println("heap (live objects) dumped to " + o.heapDump());
        }
        System.out.println("wrote " + csv + " and " + o.out().resolve("soak.png"));
        kiosk.close();
        if (problems.isEmpty()) {
            System.out.println("soak: nothing grows without bound");
            return true;
        }
        problems.forEach(p -> System.out.println("soak: FAIL: " + p));
        return false;
    }
}
