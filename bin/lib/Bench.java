import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bin/bench's runner (a single-file program: java Bench.java ROOT [--quick] [--runs N] [--only a,b] [--no-write]).
 * Runs every benchmark listed in bin/lib/benchmarks on its module's test class path, collects the
 * "figure: NAME | VALUE | UNIT | TARGET" lines they print, and prints one table (median over every value
 * printed, the spread min–max, the target, met or not); writes the same table to docs/performance.md with
 * the machine it ran on and each benchmark's wall and CPU time. Every JVM's whole output stays in target/bench/.
 *
 * <p>How a benchmark repeats (a token in its line): by default one JVM runs it once for warm-up and then
 * N times (the in-JVM harness Repeat.java), so the JVM start is paid once and the JIT is warm;
 * {@code @fresh}: N fresh JVMs, where a cold JVM is the figure (the dictionary's first load);
 * {@code @once}: one JVM, the benchmark repeats inside and prints each repetition's figure line itself
 * (whole processes it starts, JavaFX that starts once per JVM, real-time device links).
 */
public final class Bench {
    private static final Pattern FIGURE = Pattern.compile("^figure: (.+?) \\| ([-0-9.eE]+) \\| (.*?) \\| (.*?)\\s*$");
    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dheadless.geometry=1920x1080-32",
            "-Djava.awt.headless=true");
    /** A benchmark that has not finished by then is stopped and reported, so one hang cannot stall the table. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(15);

    enum Mode { REPEAT, FRESH, ONCE }

    record Entry(String name, String module, String mainClass, List<String> quickArgs, List<String> fullArgs, List<String> jvm,
                 Mode mode) {
    }

    /** Wall and CPU seconds one benchmark took, over its JVMs. */
    static final class Cost {
        int jvms;
        double wall;
        double cpu;
    }

    private static final Pattern JVM_TIME = Pattern.compile("^bench-jvm: wall (\\d+) ms \\| cpu (-?\\d+) ms\\s*$");

    /** One figure's values over the runs, in the order first seen. */
    static final class Figure {
        final String bench;
        final String name;
        final String unit;
        final String target;
        final List<Double> values = new ArrayList<>();

        Figure(String bench, String name, String unit, String target) {
            this.bench = bench;
            this.name = name;
            this.unit = unit;
            this.target = target;
        }

        double median() {
            List<Double> s = new ArrayList<>(values);
            Collections.sort(s);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }

        String met() {
            String t = target.trim();
            if (t.isEmpty() || t.equals("-")) {
                return "";
            }
            double bound = Double.parseDouble(t.substring(1).trim());
            boolean ok = t.startsWith("<") ? median() < bound : t.startsWith(">") ? median() > bound : false;
            return ok ? "met" : "NOT met";
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        boolean quick = false;
        boolean write = true;
        int runs = 0; // 0: the default, 3 with --quick and 5 without
        List<String> only = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-write" -> write = false;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = Arrays.asList(args[++i].split(","));
                default -> {
                    System.err.println("bench: unknown option " + args[i] + " (--quick, --runs N, --only a,b, --no-write)");
                    System.exit(2);
                }
            }
        }
        if (runs == 0) {
            runs = quick ? 3 : 5;
        }
        if (runs < 1 || runs > 50) {
            System.err.println("bench: --runs must be 1..50");
            System.exit(2);
        }
        List<Entry> entries = registry(root.resolve("bin/lib/benchmarks"));
        if (only != null) {
            List<String> wanted = only;
            entries = entries.stream().filter(e -> wanted.contains(e.name())).toList();
            if (entries.isEmpty()) {
                System.err.println("bench: no benchmark named " + wanted + " in bin/lib/benchmarks");
                System.exit(2);
            }
        }
        Path logs = Files.createDirectories(root.resolve("target/bench"));
        Path harness = compileHarness(root, logs.resolve("harness"));
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Cost> costs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (Entry e : entries) {
            int jvms = e.mode() == Mode.FRESH ? runs : 1;
            Cost cost = costs.computeIfAbsent(e.name(), k -> new Cost());
            for (int r = 1; r <= jvms; r++) {
                System.err.printf(Locale.ROOT, "bench: %s, JVM %d of %d…%n", e.name(), r, jvms);
                Path log = logs.resolve(e.name() + "-" + r + ".log");
                long t0 = System.nanoTime();
                String problem = run(root, e, quick, runs, harness, log);
                cost.jvms++;
                cost.wall += (System.nanoTime() - t0) / 1e9;
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (problem != null) {
                    problems.add(e.name() + " run " + r + ": " + problem + " (output: " + root.relativize(log) + ")");
                    System.err.println("bench: " + problems.get(problems.size() - 1));
                    break;
                }
                int seen = 0;
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    Matcher t = JVM_TIME.matcher(line);
                    if (t.matches()) {
                        cost.cpu += Long.parseLong(t.group(2)) / 1000.0;
                    }
                    Matcher m = FIGURE.matcher(line);
                    if (m.matches()) {
                        String key = e.name() + "\u0000" + m.group(1);
                        figures.computeIfAbsent(key, k -> new Figure(e.name(), m.group(1), m.group(3), m.group(4)))
                                .values.add(Double.parseDouble(m.group(2)));
                        seen++;
                    }
                }
                if (seen == 0) {
                    problems.add(e.name() + " run " + r + ": printed no figure lines (output: " + root.relativize(log) + ")");
                }
                System.err.printf(Locale.ROOT, "bench: %s, JVM %d: %d figure values in %.1f s%n", e.name(), r, seen, seconds);
            }
            done++;
            if (write && done < entries.size()) {
                // A long run stopped half-way still leaves the figures it has, marked as partial.
                writeDoc(root.resolve("docs/performance.md"), machine(loadBefore, loadAverage(), quick, runs,
                        (System.nanoTime() - started) / 60e9) + " Partial: " + done + " of " + entries.size() + " benchmarks so far.",
                        table(figures) + "\n\n" + costTable(costs), problems);
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        String table = table(figures) + "\n\n" + costTable(costs);
        String machine = machine(loadBefore, loadAverage(), quick, runs, minutes);
        System.out.println();
        System.out.println(machine);
        System.out.println();
        System.out.println(table);
        for (String p : problems) {
            System.out.println("problem: " + p);
        }
        if (write) {
            writeDoc(root.resolve("docs/performance.md"), machine, table, problems);
            System.out.println("written to docs/performance.md");
        }
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static List<Entry> registry(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 5) {
                throw new IllegalArgumentException("bin/lib/benchmarks: a line needs name, module, class, quick args, full args: " + line);
            }
            List<String> jvm = new ArrayList<>();
            Mode mode = Mode.REPEAT;
            for (int i = 5; i < f.length; i++) {
                if (f[i].equals("@fresh")) {
                    mode = Mode.FRESH;
                } else if (f[i].equals("@once")) {
                    mode = Mode.ONCE;
                } else if (f[i].equals("@monocle")) {
                    jvm.addAll(MONOCLE);
                } else {
                    jvm.add(f[i]);
                }
            }
            out.add(new Entry(f[0], f[1], f[2], args(f[3]), args(f[4]), jvm, mode));
        }
        return out;
    }

    private static List<String> args(String column) {
        return column.equals("-") ? List.of() : Arrays.asList(column.split(","));
    }

    /** Compiles Repeat.java (the in-JVM harness) when it is newer than its class. */
    static Path compileHarness(Path root, Path out) throws IOException {
        Path source = root.resolve("bin/lib/Repeat.java");
        Path compiled = out.resolve("Repeat.class");
        if (!Files.exists(compiled) || Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(source)) < 0) {
            Files.createDirectories(out);
            javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
            if (javac == null || javac.run(null, null, null, "-d", out.toString(), source.toString()) != 0) {
                throw new IllegalStateException("bench: could not compile " + source + " (a JDK, not a JRE, is needed)");
            }
        }
        return out;
    }

    /** Runs one benchmark's JVM, its whole output to {@code log}; null when it ended well, else what went wrong. */
    static String run(Path root, Entry e, boolean quick, int runs, Path harness, Path log) throws IOException, InterruptedException {
        Path module = root.resolve(e.module());
        Path cpFile = module.resolve("target/test-classpath.txt");
        if (!Files.isRegularFile(cpFile)) {
            return "no " + root.relativize(cpFile) + " (bin/bench builds it)";
        }
        String cp = harness + ":" + module.resolve("target/test-classes") + ":" + module.resolve("target/classes") + ":"
                + Files.readString(cpFile).strip();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(e.jvm());
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add("Repeat");
        cmd.add(e.mode() == Mode.REPEAT ? "1" : "0");
        cmd.add(e.mode() == Mode.REPEAT ? String.valueOf(runs) : "1");
        cmd.add(e.mainClass());
        cmd.addAll(quick ? e.quickArgs() : e.fullArgs());
        Process p = new ProcessBuilder(cmd).directory(module.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(RUN_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return "did not finish within " + RUN_LIMIT.toMinutes() + " min";
        }
        return p.exitValue() == 0 ? null : "exit status " + p.exitValue();
    }

    static String table(Map<String, Figure> figures) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "figure", "median", "spread (min–max)", "unit", "target", "met", "values"});
        for (Figure f : figures.values()) {
            rows.add(new String[] {f.bench, f.name, num(f.median()), num(Collections.min(f.values)) + "–" + num(Collections.max(f.values)),
                f.unit, f.target.equals("-") ? "" : f.target, f.met(), String.valueOf(f.values.size())});
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            sb.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                sb.append("|---|---|---:|---:|---|---|---|---:|\n");
            }
        }
        return sb.toString().strip();
    }

    /** Each benchmark's JVMs, wall and CPU time (CPU: user + system of its JVMs and the processes they waited for). */
    static String costTable(Map<String, Cost> costs) {
        StringBuilder sb = new StringBuilder("| benchmark | JVMs | wall s | CPU s |\n|---|---:|---:|---:|\n");
        double wall = 0;
        double cpu = 0;
        for (Map.Entry<String, Cost> c : costs.entrySet()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", c.getKey(), c.getValue().jvms, c.getValue().wall,
                    c.getValue().cpu));
            wall += c.getValue().wall;
            cpu += c.getValue().cpu;
        }
        sb.append(String.format(Locale.ROOT, "| all | | %.1f | %.1f |", wall, cpu));
        return sb.toString();
    }

    /** Three significant digits at least, no exponent. */
    static String num(double v) {
        double a = Math.abs(v);
        String s = a >= 100 ? String.format(Locale.ROOT, "%.0f", v) : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : a >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
        return s;
    }

    static String machine(String loadBefore, String loadAfter, boolean quick, int runs, double minutes) {
        String cpu = "unknown CPU";
        String mem = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0))
                    .findFirst().orElse(mem);
        } catch (IOException | RuntimeException ignored) {
            // not Linux: the JVM's own view below still names cores and JDK
        }
        return String.format(Locale.ROOT, "Ran %s UTC (%s, %d repetition%s of each, %.1f min) on %d cores (%s), %s memory, %s %s (%s), %s %s;"
                        + " load average %s before, %s after.",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                quick ? "bin/bench --quick" : "bin/bench", runs, runs == 1 ? "" : "s", minutes,
                Runtime.getRuntime().availableProcessors(), cpu, mem, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.version"), loadBefore, loadAfter);
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", l);
    }

    /** Replaces the part of docs/performance.md between the markers, or writes the file with them. */
    static void writeDoc(Path doc, String machine, String table, List<String> problems) throws IOException {
        String begin = "<!-- bin/bench: begin (written by bin/bench, do not edit by hand) -->";
        String end = "<!-- bin/bench: end -->";
        StringBuilder block = new StringBuilder(begin).append("\n\n").append(machine).append("\n\n").append(table).append("\n");
        for (String p : problems) {
            block.append("\nProblem: ").append(p).append('\n');
        }
        block.append('\n').append(end);
        String text;
        if (Files.exists(doc)) {
            String old = Files.readString(doc);
            int a = old.indexOf(begin);
            int b = old.indexOf(end);
            text = a >= 0 && b > a ? old.substring(0, a) + block + old.substring(b + end.length()) : old.strip() + "\n\n" + block + "\n";
        } else {
            text = "# Performance\n\n`bin/bench` wrote the table below; see README.md (Benchmarks) to run it and to add a benchmark.\n\n"
                    + block + "\n";
        }
        Files.writeString(doc, text);
    }
}
