package zwfw.kiosk.core.input.pinyin;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints what the pinyin dictionary costs: load time (first in this JVM, then warm), heap it holds,
 * and lookup latency (median, p95, max) over a few hundred typed inputs: whole syllables, partial
 * last syllables, first-letter abbreviations and random letters. Run from the repository root:
 *
 * <pre>mvn -q -o -pl kiosk-core -am test-compile
 * java -cp kiosk-core/target/test-classes:kiosk-core/target/classes:$(ls ~/.m2/repository/org/slf4j/slf4j-api/2*&#47;*.jar | head -1) \
 *   zwfw.kiosk.core.input.pinyin.PinyinBenchmark</pre>
 */
public final class PinyinBenchmark {
    private static final String[] SYLLABLES = {"de", "shi", "zhong", "guo", "wen", "zhou", "bei", "jing", "shang", "hai",
        "lu", "hao", "yi", "yuan", "jie", "dao", "can", "yin", "fan", "dian", "mei", "jia", "na", "da", "ou", "qu", "xian",
        "nv", "lv", "chang", "ren", "min", "zheng", "fu", "an", "jiang", "xin", "li", "wang", "zhang", "hua", "qiao"};

    public static void main(String[] args) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mem);
        long t0 = System.nanoTime();
        PinyinDictionary d = PinyinDictionary.loadShipped();
        long firstLoad = System.nanoTime() - t0;
        long held = usedAfterGc(mem) - before;
        long[] warm = new long[args.length > 0 ? Math.max(1, Integer.parseInt(args[0])) : 5]; // bin/bench --quick: 1
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            PinyinDictionary.loadShipped();
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.printf("dictionary: %d readings; first load %.0f ms (cold JVM), warm loads median %.0f ms%n",
                d.size(), firstLoad / 1e6, warm[warm.length / 2] / 1e6);
        System.out.printf("heap held by the loaded dictionary: %.1f MB%n", (held + 0.0) / (1 << 20));

        List<String> inputs = inputs();
        for (String s : inputs) {
            d.candidates(s); // warm-up
        }
        long[] times = new long[inputs.size() * 3];
        int k = 0;
        int candidates = 0;
        for (int round = 0; round < 3; round++) {
            for (String s : inputs) {
                long t = System.nanoTime();
                candidates += d.candidates(s).size();
                times[k++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(times);
        System.out.printf("lookups: %d (%d inputs x 3), %.0f candidates on average%n", times.length, inputs.size(),
                candidates / (double) times.length);
        System.out.printf("lookup latency: median %.3f ms, p95 %.3f ms, max %.3f ms%n", times[times.length / 2] / 1e6,
                times[(int) (times.length * 0.95)] / 1e6, times[times.length - 1] / 1e6);
        // bin/bench reads these lines (figure | value | unit | target)
        System.out.printf(java.util.Locale.ROOT, "figure: pinyin dictionary first load | %.0f | ms | -%n", firstLoad / 1e6);
        System.out.printf(java.util.Locale.ROOT, "figure: pinyin dictionary heap | %.1f | MB | -%n", (held + 0.0) / (1 << 20));
        System.out.printf(java.util.Locale.ROOT, "figure: pinyin lookup p95 | %.3f | ms | < 16%n", times[(int) (times.length * 0.95)] / 1e6);
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }

    /** 400 inputs: 1–4 whole syllables, the same with the last one cut short, abbreviations, random letters. */
    static List<String> inputs() {
        Random r = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StringBuilder whole = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            int n = 1 + r.nextInt(4);
            for (int j = 0; j < n; j++) {
                String s = SYLLABLES[r.nextInt(SYLLABLES.length)];
                whole.append(s);
                initials.append(s.charAt(0));
            }
            out.add(whole.toString());
            out.add(whole.substring(0, Math.max(1, whole.length() - 2)));
            out.add(initials.toString());
            StringBuilder noise = new StringBuilder();
            for (int j = 0, m = 1 + r.nextInt(12); j < m; j++) {
                noise.append((char) ('a' + r.nextInt(26)));
            }
            out.add(noise.toString());
        }
        return out;
    }
}
