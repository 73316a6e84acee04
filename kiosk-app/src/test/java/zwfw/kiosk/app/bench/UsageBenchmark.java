package zwfw.kiosk.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.font.KioskFonts;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.admin.AdminUsagePage;
import zwfw.kiosk.app.screen.admin.AdminUsageViewModel;
import zwfw.kiosk.app.screen.admin.UsageFiguresSource;

/**
 * Usage benchmark (issue 16): seeds 30 days × 500 visits a day with {@code kioskctl usage seed},
 * then prints (1) the wall time of the whole {@code kioskctl usage report --format pdf|csv|json}
 * command, JVM start included, over 5 runs of the PDF (target: under 5 s), and (2) the time the
 * admin screen's 30-day view takes to open over that store — page built, figures read on the work
 * thread, charts laid out and one frame rendered (a snapshot) — over 5 openings (target: under 1 s).
 * Headless Monocle with software rendering. Prints figures; asserts nothing.
 *
 * <p>Run: {@code mvn -q -o -pl kiosk-app -am test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/test-classpath.txt}, then
 * {@code java -cp "kiosk-app/target/test-classes:kiosk-app/target/classes:$(cat kiosk-app/target/test-classpath.txt)" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1080-32 zwfw.kiosk.app.bench.UsageBenchmark}
 *
 * <p>On a shared machine wall time follows the load: each figure is printed with the CPU time it took
 * (user + system of the child JVM for the command, of this JVM for the screen), what an otherwise idle
 * 2-core kiosk PC would take at most.
 */
public final class UsageBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("kiosk-usage-bench");
        Path config = config(dir);
        long t = System.nanoTime();
        CapturedKioskCtl seed = new CapturedKioskCtl();
        if (seed.run("usage", "seed", "--config", config.toString(), "--days", "30", "--sessions-per-day", "500") != 0) {
            throw new IllegalStateException(seed.err());
        }
        System.out.printf("seed: %s (%d ms)%n", seed.out().strip(), (System.nanoTime() - t) / 1_000_000);
        LocalDate today = LocalDate.now(ZONE);
        String from = today.minusDays(29).toString();
        String to = today.toString();
        List<Long> pdf = new ArrayList<>();
        List<Long> pdfCpu = new ArrayList<>();
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int i = 0; i < reports; i++) {
            long[] r = report(config, "pdf", from, to, dir);
            pdf.add(r[0]);
            pdfCpu.add(r[1]);
        }
        System.out.println("kioskctl usage report --format pdf, 30 days x 500 visits, whole command, wall (ms): " + summary(pdf));
        System.out.println("  the same, CPU user+system (ms): " + summary(pdfCpu));
        // bin/bench reads these lines (figure | value | unit | target): one per command, it takes their median and spread
        for (int i = 0; i < pdf.size(); i++) {
            System.out.println("figure: usage report pdf, whole command, wall | " + pdf.get(i) + " | ms | < 5000");
            System.out.println("figure: usage report pdf, whole command, CPU | " + pdfCpu.get(i) + " | ms | < 5000");
        }
        // bin/bench --quick (a second argument "pdf"): the PDF alone, the one with a target
        for (String format : args.length > 1 && args[1].equals("pdf") ? List.<String>of() : List.of("csv", "json")) {
            long[] r = report(config, format, from, to, dir);
            System.out.println("kioskctl usage report --format " + format + ": wall " + r[0] + " ms, CPU " + r[1] + " ms");
        }
        System.out.println("report size: pdf " + Files.size(dir.resolve("report.pdf")) + " bytes"
                + (Files.exists(dir.resolve("report.csv")) ? ", csv " + Files.size(dir.resolve("report.csv")) + " bytes" : ""));
        List<Long> admin = adminScreen(dir.resolve("data").resolve("usage-seed"));
        System.out.println("admin screen, 30-day view open, wall (ms): " + summary(admin));
        admin.forEach(ms -> System.out.println("figure: admin 30-day view open, wall | " + ms + " | ms | < 1000"));
        System.out.println("cpus " + Runtime.getRuntime().availableProcessors() + ", load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.exit(0);
    }

    private static Path config(Path dir) throws Exception {
        Path root = Path.of(System.getProperty("kiosk.root", "."));
        if (!Files.isDirectory(root.resolve("config"))) {
            root = root.resolve("..");
        }
        String text = Files.readString(root.resolve("config").resolve("kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + dir.resolve("data"))
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + dir.resolve("data").resolve("secrets.yaml"));
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(root.resolve("config").resolve("catalog.json"), config.resolve("catalog.json"));
        return config;
    }

    /** One whole command in a fresh JVM, as an administrator runs it: wall and CPU milliseconds (CPU by GNU time). */
    private static long[] report(Path config, String format, String from, String to, Path dir) throws Exception {
        long start = System.nanoTime();
        Path cpu = dir.resolve("cpu.txt");
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", cpu.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // as bin/kioskctl starts it
                "-cp", System.getProperty("java.class.path"), "zwfw.kiosk.app.cli.KioskCtl",
                "usage", "report", "--seeded", "--config", config.toString(), "--from", from, "--to", to, "--format", format,
                "--out", dir.resolve("report." + format).toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("kioskctl usage report failed: " + p.exitValue());
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        String[] userSystem = Files.readString(cpu).strip().split("\\s+");
        long cpuMs = Math.round((Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1])) * 1000);
        return new long[] {wall, cpuMs};
    }

    private static List<Long> adminScreen(Path store) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        KioskFonts.load();
        ExecutorService work = Executors.newSingleThreadExecutor();
        UsageFiguresSource source = AdminUsagePage.seededStore(store, Clock.system(ZONE),
                List.of("idcard", "printer", "scanner", "smartcard", "camera"));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        Stage[] stage = new Stage[1];
        CompletableFuture<Void> window = new CompletableFuture<>();
        Platform.runLater(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(), 1920, 1080));
            stage[0].show();
            window.complete(null);
        });
        window.get(30, TimeUnit.SECONDS);
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 6; i++) {
            CompletableFuture<Long> opened = new CompletableFuture<>();
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            Platform.runLater(() -> {
                AdminUsagePage page = new AdminUsagePage(new AdminUsageViewModel(messages, source, work, c -> c, () -> { }));
                page.model().onShown(f -> Platform.runLater(() -> {
                    stage[0].getScene().getRoot().applyCss();
                    stage[0].getScene().getRoot().layout();
                    stage[0].getScene().snapshot(null); // one rendered frame
                    opened.complete((System.nanoTime() - start) / 1_000_000);
                }));
                ((StackPane) stage[0].getScene().getRoot()).getChildren().setAll(page.view());
                page.model().show(AdminUsageViewModel.Period.LAST_30_DAYS);
            });
            long ms = opened.get(60, TimeUnit.SECONDS);
            long cpuMs = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            if (i > 0) {
                times.add(ms); // the first opening also loads JavaFX's chart classes and CSS: reported apart
                cpuTimes.add(cpuMs);
            } else {
                System.out.println("admin screen, first 30-day view after JavaFX start (ms): " + ms);
            }
        }
        work.shutdownNow();
        System.out.println("admin screen, 30-day view open, CPU of this JVM (ms): " + summary(cpuTimes));
        cpuTimes.forEach(ms -> System.out.println("figure: admin 30-day view open, CPU | " + ms + " | ms | < 1000"));
        return times;
    }

    private static String summary(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return "min " + sorted.get(0) + ", median " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1)
                + " " + ms;
    }
}
