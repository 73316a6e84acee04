import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * bin/bench's in-JVM harness (compiled by Bench into target/bench/harness and put first on the benchmark's
 * class path): {@code Repeat WARMUPS RUNS MAIN-CLASS [ARGS…]} calls MAIN-CLASS.main(ARGS) WARMUPS times with
 * its figure lines marked as warm-up (bin/bench ignores them), then RUNS times as printed, so one JVM start
 * serves every repetition and the JIT is warm for the measured ones. When the JVM ends (also by a benchmark's
 * own System.exit) it prints {@code bench-jvm: wall W ms | cpu C ms}: wall since the JVM started and CPU
 * (user + system) of this process and the children it waited for (a kiosk process, kioskctl, zbarimg).
 */
public final class Repeat {
    private Repeat() {
    }

    public static void main(String[] args) throws Throwable {
        int warmups = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        Method main = Class.forName(args[2]).getMethod("main", String[].class);
        String[] rest = Arrays.copyOfRange(args, 3, args.length);
        Runtime.getRuntime().addShutdownHook(new Thread(Repeat::printJvmTime));
        PrintStream out = System.out;
        for (int i = 0; i < warmups; i++) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                call(main, rest);
            } finally {
                System.setOut(out);
            }
            for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
                out.println("warm-up " + (i + 1) + ": " + line);
            }
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = cpuMillis();
            call(main, rest);
            out.printf(Locale.ROOT, "bench-run: %d of %d | wall %.0f ms | cpu %d ms%n", i + 1, runs, (System.nanoTime() - t0) / 1e6,
                    cpuMillis() - c0);
        }
        out.flush();
        System.exit(0); // a benchmark may leave non-daemon threads behind (device links, HTTP pools)
    }

    private static void call(Method main, String[] args) throws Throwable {
        try {
            main.invoke(null, (Object) args.clone());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void printJvmTime() {
        long wall = System.currentTimeMillis() - ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli())
                .orElse(System.currentTimeMillis());
        System.out.printf(Locale.ROOT, "bench-jvm: wall %d ms | cpu %d ms%n", wall, cpuMillis());
        System.out.flush();
    }

    /** utime + stime + cutime + cstime from /proc/self/stat (clock ticks of 10 ms on Linux); -1 elsewhere. */
    static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 0, utime 11, stime 12, cutime 13, cstime 14
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks * 10;
        } catch (Exception e) {
            return -1;
        }
    }
}
