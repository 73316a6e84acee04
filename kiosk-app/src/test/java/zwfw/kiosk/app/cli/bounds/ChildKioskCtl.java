package zwfw.kiosk.app.cli.bounds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zwfw.kiosk.app.cli.KioskCtl;

/** Runs kioskctl in its own JVM (as bin/kioskctl does), so its whole standard error and its heap are its own. */
final class ChildKioskCtl {
    record Result(int exit, String out, String err, long millis) {
    }

    private ChildKioskCtl() {
    }

    static Result run(Path workDir, String maxHeap, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                KioskCtl.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("KIOSK_CONFIG", Path.of("../config").toAbsolutePath().normalize().toString());
        long started = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kioskctl " + String.join(" ", args) + " did not end within 120 s");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8).strip(), millis);
    }
}
