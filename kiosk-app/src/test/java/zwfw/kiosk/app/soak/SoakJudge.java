package zwfw.kiosk.app.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Judges a finished run's {@code soak.csv} again, with today's verdict: {@code bin/soak --judge FILE [--warmup N]}.
 * Exit 0: nothing grows; 1: the figures that do, one line each; 2: usage.
 */
public final class SoakJudge {
    private SoakJudge() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--warmup"))) {
            System.err.println("usage: bin/soak --judge FILE [--warmup N]");
            System.exit(2);
        }
        List<SoakSample> samples = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(SoakSample::parse).toList();
        int last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).visits();
        int warmup = args.length == 3 ? Integer.parseInt(args[2]) : Math.max(samples.size() > 1 ? samples.get(1).visits() : 0, last / 10);
        List<SoakSample> judged = samples.stream().filter(s -> s.visits() >= warmup).toList();
        System.out.printf(Locale.ROOT, "%d samples, %d after the warm-up of %d visits; heap slope %.0f bytes/visit (least squares %.0f)%n",
                samples.size(), judged.size(), warmup, SoakVerdict.robustSlope(judged, SoakSample::heapBytes),
                SoakVerdict.slope(judged, SoakSample::heapBytes));
        List<String> problems = new SoakVerdict(SoakVerdict.Limits.defaults()).problems(samples, warmup);
        if (problems.isEmpty()) {
            System.out.println("soak: nothing grows without bound");
            System.exit(0);
        }
        problems.forEach(p -> System.out.println("soak: FAIL: " + p));
        System.exit(1);
    }
}
