package zwfw.kiosk.app.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Whether anything grows without bound, judged on the samples after the warm-up: the heap after a full GC
 * by its robust (Theil–Sen) slope per visit; threads, descriptors, database handles and nodes by growth in every
 * sample (never once back down); the data directory by its slope per visit; the logs against their cap.
 */
public final class SoakVerdict {
    /** Limits: heap and data growth per visit, the logs' cap (kiosk logging keeps 500 MB plus the active 10 MB file). */
    public record Limits(double heapBytesPerVisit, double dataBytesPerVisit, long logCapBytes) {
        public static Limits defaults() {
            return new Limits(1024, 4096, 510L * 1024 * 1024);
        }
    }

    private final Limits limits;

    public SoakVerdict(Limits limits) {
        this.limits = limits;
    }

    /** What grows without bound, one line each; empty when nothing does. */
    public List<String> problems(List<SoakSample> all, int warmupVisits) {
        List<SoakSample> s = all.stream().filter(x -> x.visits() >= warmupVisits).toList();
        List<String> problems = new ArrayList<>();
        if (s.size() < 3) {
            problems.add("too few samples after the warm-up of " + warmupVisits + " visits to judge (" + s.size() + ", need 3)");
            return problems;
        }
        // Theil–Sen: one reading taken while Prism's software renderer held the GC locker (303 MB between 110 MB
        // neighbours in a 10,000-visit run) moved the least-squares slope past the limit; a median of pairwise
        // slopes ignores such a reading, while a steady leak still moves every pair.
        double heap = robustSlope(s, SoakSample::heapBytes);
        if (heap > limits.heapBytesPerVisit()) {
            problems.add(String.format(Locale.ROOT, "heap after full GC grows %.0f bytes per visit (limit %.0f)", heap, limits.heapBytesPerVisit()));
        }
        monotonic(s, "threads", SoakSample::threads, problems);
        monotonic(s, "file descriptors", SoakSample::fileDescriptors, problems);
        monotonic(s, "SQLite handles", SoakSample::dbHandles, problems);
        monotonic(s, "JavaFX nodes", SoakSample::nodes, problems);
        double data = robustSlope(s, SoakSample::dataBytes);
        if (data > limits.dataBytesPerVisit()) {
            problems.add(String.format(Locale.ROOT, "data directory grows %.0f bytes per visit (limit %.0f)", data, limits.dataBytesPerVisit()));
        }
        long logs = s.get(s.size() - 1).logBytes();
        if (logs > limits.logCapBytes()) {
            problems.add(String.format(Locale.ROOT, "logs take %d bytes, beyond their cap of %d", logs, limits.logCapBytes()));
        }
        return problems;
    }

    private static void monotonic(List<SoakSample> s, String what, ToLongFunction<SoakSample> f, List<String> problems) {
        boolean everGrew = true;
        for (int i = 1; i < s.size(); i++) {
            everGrew &= f.applyAsLong(s.get(i)) > f.applyAsLong(s.get(i - 1));
        }
        if (everGrew) {
            problems.add(what + " grew at every sample: " + s.stream().map(x -> Long.toString(f.applyAsLong(x))).toList());
        }
    }

    /** Theil–Sen slope of {@code f} over visits: the median of the slopes between every two samples. */
    public static double robustSlope(List<SoakSample> s, ToLongFunction<SoakSample> f) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                int dx = s.get(j).visits() - s.get(i).visits();
                if (dx != 0) {
                    slopes.add((double) (f.applyAsLong(s.get(j)) - f.applyAsLong(s.get(i))) / dx);
                }
            }
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        java.util.Collections.sort(slopes);
        int m = slopes.size() / 2;
        return slopes.size() % 2 == 1 ? slopes.get(m) : (slopes.get(m - 1) + slopes.get(m)) / 2;
    }

    /** Least-squares slope of {@code f} over visits. */
    public static double slope(List<SoakSample> s, ToLongFunction<SoakSample> f) {
        double n = s.size();
        double mx = s.stream().mapToDouble(SoakSample::visits).sum() / n;
        double my = s.stream().mapToDouble(x -> f.applyAsLong(x)).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (SoakSample x : s) {
            sxy += (x.visits() - mx) * (f.applyAsLong(x) - my);
            sxx += (x.visits() - mx) * (x.visits() - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }
}
