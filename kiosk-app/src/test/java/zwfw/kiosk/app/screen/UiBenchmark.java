package zwfw.kiosk.app.screen;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.app.KioskUnderTest;

/**
 * Prints (1) the time from starting a kiosk process to its attract screen on the window, wall
 * clock from the parent and JVM start to window as the kiosk logs it, over N cold starts (5 unless given) as bin/kiosk
 * starts it (with the class-data archive of the classes an earlier run loaded, made by one start before
 * them) and as many without the archive; and
 * (2) screen transition times (navigator call + CSS + layout + one rendered frame, measured as a
 * snapshot) over 200 transitions, median and p95. Headless Monocle with software rendering.
 *
 * <p>Run: {@code bin/bench --only ui} (arguments, when run by hand: cold starts with the archive, rounds of 6
 * transitions, cold starts without the archive).
 */
public final class UiBenchmark {
    private static final Pattern OPEN = Pattern.compile("attract screen (\\d+) ms after JVM start");

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int plainStarts = args.length > 2 ? Integer.parseInt(args[2]) : starts;
        Path temp = Files.createTempDirectory("kiosk-bench");
        startup(temp, starts, plainStarts);
        transitions(temp.resolve("transitions"), rounds);
        System.exit(0);
    }

    private static void startup(Path temp, int starts, int plainStarts) throws Exception {
        Path configDir = KioskUnderTest.config(Files.createDirectories(temp.resolve("startup")), Map.of()).configDir();
        classPath = jarred(System.getProperty("java.class.path"), Files.createDirectories(temp.resolve("jars")));
        // As bin/kiosk (lib/build.sh kiosk_cds): the first start writes the archive at its exit, later ones map it in.
        Path archive = temp.resolve("kiosk.jsa");
        List<Long> dump = new ArrayList<>();
        int seen = startup(configDir, 1, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable"), 0, dump, new ArrayList<>());
        List<String> withArchive = Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:disable") : List.of();
        System.out.println(withArchive.isEmpty() ? "no class-data archive was written: every start runs without one"
                : "class-data archive " + Files.size(archive) / 1024 + " KiB, written by a start of " + dump.get(0) + " ms");
        List<Long> wall = new ArrayList<>();
        List<Long> jvm = new ArrayList<>();
        seen = startup(configDir, starts, withArchive, seen, wall, jvm);
        List<Long> plainWall = new ArrayList<>();
        List<Long> plainJvm = new ArrayList<>();
        startup(configDir, plainStarts, List.of(), seen, plainWall, plainJvm);
        if (!plainWall.isEmpty()) {
            System.out.printf("start -> attract screen without the archive, %d cold starts: process wall clock %s ms (median %d); JVM start -> window %s ms%n",
                    plainStarts, plainWall, median(plainWall), plainJvm);
        }
        System.out.printf("start -> attract screen as bin/kiosk starts it, %d cold starts: process wall clock %s ms (median %d); JVM start -> window %s ms (median %d)%n",
                starts, wall, median(wall), jvm, median(jvm));
        // bin/bench reads these lines (figure | value | unit | target): one per cold start, it takes their median and spread
        for (int i = 0; i < wall.size(); i++) {
            System.out.printf(java.util.Locale.ROOT, "figure: start-up to attract screen (process wall clock) | %d | ms | < 3000%n", wall.get(i));
            System.out.printf(java.util.Locale.ROOT, "figure: start-up to attract screen (JVM start to window) | %d | ms | < 3000%n", jvm.get(i));
        }
        for (long ms : plainWall) {
            System.out.printf(java.util.Locale.ROOT, "figure: start-up to attract screen without the class-data archive (process) | %d | ms | -%n", ms);
        }
    }

    /** The class path of the kiosk processes: jars only, as bin/kiosk runs it (a class-data archive takes classes from jars only). */
    private static String classPath;

    /** {@code cp} with each directory in it packed into a jar in {@code dir}. */
    private static String jarred(String cp, Path dir) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                out.add(entry);
                continue;
            }
            Path jar = dir.resolve(out.size() + "-" + p.getParent().getParent().getFileName() + "-" + p.getFileName() + ".jar");
            try (var jo = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    jo.putNextEntry(new java.util.jar.JarEntry(p.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                    Files.copy(f, jo);
                    jo.closeEntry();
                }
            }
            out.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    /** {@code starts} cold starts of the kiosk with {@code jvmOptions}; returns how many attract lines the log holds now. */
    private static int startup(Path configDir, int starts, List<String> jvmOptions, int seenBefore, List<Long> wall, List<Long> jvm)
            throws Exception {
        int seen = seenBefore;
        for (int i = 0; i < starts; i++) {
            long t0 = System.nanoTime();
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-cp", classPath, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Dheadless.geometry=1920x1080-32", "-Dfile.encoding=UTF-8",
                    "zwfw.kiosk.app.KioskLauncher", "--config", configDir.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // The kiosk logs the line to DATA_DIR/logs/kiosk.log (the console shows warnings only).
            Path log = configDir.getParent().resolve("data").resolve("logs").resolve("kiosk.log");
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (System.nanoTime() < deadline) {
                    List<String> hits = Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> OPEN.matcher(l).find()).toList() : List.of();
                    if (hits.size() > seen) {
                        wall.add((System.nanoTime() - t0) / 1_000_000);
                        Matcher m = OPEN.matcher(hits.get(seen));
                        m.find();
                        jvm.add(Long.parseLong(m.group(1)));
                        seen++;
                        break;
                    }
                    Thread.sleep(20); // polling a file written by another process
                }
            } finally {
                p.destroy(); // a normal exit (SIGTERM): the archive, when asked for, is written now
                p.waitFor(60, TimeUnit.SECONDS);
            }
        }
        return seen;
    }

    private static void transitions(Path temp, int rounds) throws Exception {
        Files.createDirectories(temp);
        KioskUnderTest k = KioskUnderTest.boot(temp, Map.of());
        KioskNavigator nav = k.app().navigator();
        javafx.scene.Scene scene = k.app().stage().getScene();
        var service = k.app().assembly().catalog().current().service("RS-0001").orElseThrow();
        var person = new zwfw.kiosk.core.platform.Person("张三", zwfw.kiosk.core.platform.IdType.RESIDENT_ID, "330302199001021230", null);
        List<Long> nanos = new ArrayList<>();
        var visit = nav.visit();
        for (int i = 0; i < rounds; i++) {
            nanos.add(timed(scene, () -> visit.accept(touch(new Action.Start()))));            // attract -> home
            nanos.add(timed(scene, () -> visit.accept(touch(new Action.ChooseService(service))))); // home -> identify (for oneself)
            nanos.add(timed(scene, () -> visit.accept(touch(new Action.EndVisit()))));         // identify -> attract
            nanos.add(timed(scene, () -> visit.accept(new VisitEvent.CardRead(person))));      // card: attract -> home
            nanos.add(timed(scene, () -> visit.accept(touch(new Action.ChooseService(service))))); // home -> form (identified)
            nanos.add(timed(scene, () -> visit.accept(touch(new Action.EndVisit()))));         // form -> attract
        }
        List<Long> sorted = new ArrayList<>(nanos.subList(60, nanos.size())); // the first 10 rounds (6 each) warm up
        Collections.sort(sorted);
        System.out.printf("screen transitions (%d, navigator call + CSS + layout + one frame rendered): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
        // One p95 per third of the measured transitions, so bin/bench has a median and a spread from one JVM.
        List<Long> measured = nanos.subList(60, nanos.size());
        for (int third = 0; third < 3; third++) {
            List<Long> block = new ArrayList<>(measured.subList(third * measured.size() / 3, (third + 1) * measured.size() / 3));
            Collections.sort(block);
            System.out.printf(java.util.Locale.ROOT, "figure: screen transition p95 | %.1f | ms | < 100%n",
                    block.get((int) Math.ceil(block.size() * 0.95) - 1) / 1e6);
        }
        k.close();
    }

    /** Runs {@code action} on the FX thread and renders one frame of the scene (a snapshot), timed there. */
    /** From the event on the FX thread to the new screen rendered: the visit's change reaches the screen in a runLater queued before ours. */
    private static long timed(javafx.scene.Scene scene, Runnable action) throws Exception {
        java.util.concurrent.CompletableFuture<Long> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            long t0 = System.nanoTime();
            action.run();
            javafx.application.Platform.runLater(() -> {
                scene.snapshot(null);
                done.complete(System.nanoTime() - t0);
            });
        });
        return done.get();
    }

    private static VisitEvent touch(Action a) {
        return new VisitEvent.Touched(a);
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
