package zwfw.kiosk.app.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/** Takes one {@link SoakSample} of this JVM: Linux's /proc for descriptors and RSS, JMX for heap and threads. */
public final class SoakProbe {
    private final Path dataDir;
    private final long started = System.nanoTime();

    public SoakProbe(Path dataDir) {
        this.dataDir = dataDir;
    }

    public SoakSample sample(int visits) throws Exception {
        // The least of several, until two readings agree: a collection asked for while the software renderer (or
        // the A4 simulator's Java2D raster) holds a JNI critical section may be skipped (one sample read 808 MB
        // between two of 90 MB, another 318 MB between 109 MB and the next), and the first may only queue
        // finalizable and weakly held objects.
        long heap = Long.MAX_VALUE;
        long previous = -1;
        for (int i = 0; i < 8; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            heap = Math.min(heap, now);
            if (i >= 2 && Math.abs(now - previous) <= now / 100) {
                break;
            }
            previous = now;
            Thread.sleep(20); // let a critical section the collection waited behind end
        }
        int threads = kioskThreads();
        return new SoakSample(visits, (System.nanoTime() - started) / 1_000_000, heap, threads, fileDescriptors(), dbHandles(),
                nodes(), rss(), size(dataDir) - size(dataDir.resolve("platform-sim")), size(dataDir.resolve("logs")));
    }

    /**
     * Live threads of the kiosk: not the embedded platform simulator's ({@value #PLATFORM_THREADS}*), which is the
     * platform's side (a server elsewhere in the field) and starts a fresh pool of its own when the soak restarts it.
     */
    public static int kioskThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> !t.getName().startsWith(PLATFORM_THREADS)).count();
    }

    /** The name every thread of the embedded platform simulator starts with. */
    static final String PLATFORM_THREADS = "platform-sim";

    /** Live threads by name, numbers stripped ("pool-3-thread-2" → "pool-#-thread-#"), with how many of each. */
    public static java.util.SortedMap<String, Long> threadsByName() {
        return Thread.getAllStackTraces().keySet().stream().collect(java.util.stream.Collectors.groupingBy(
                t -> t.getName().replaceAll("\\d+", "#"), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** Open file descriptors of this process. */
    public static int fileDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            return -1; // not Linux
        }
    }

    /** Open descriptors that are not sockets (files, pipes): sockets come and go with the HTTP connection pools. */
    public static int nonSocketDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.map(SoakProbe::target).filter(t -> !t.isEmpty() && !t.startsWith("socket:")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Open sockets (HTTP connections to the platform, pooled, and the embedded simulator's side of them). */
    public static int sockets() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.map(SoakProbe::target).filter(t -> t.startsWith("socket:")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Descriptors open on SQLite database files (each connection holds its own). */
    public static int dbHandles() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.map(SoakProbe::target).filter(t -> t.endsWith(".db")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return ""; // closed meanwhile
        }
    }

    /** Nodes in the scene graphs of every window (the kiosk's, popups), counted on the FX thread. */
    public static int nodes() throws Exception {
        CompletableFuture<Integer> count = new CompletableFuture<>();
        Platform.runLater(() -> {
            int n = 0;
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().getRoot() != null) {
                    n += count(w.getScene().getRoot());
                }
            }
            count.complete(n);
        });
        return count.get(30, TimeUnit.SECONDS);
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    /** Resident set size from /proc/self/status, in bytes. */
    public static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // deleted meanwhile (a rolled log, a purged file)
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
