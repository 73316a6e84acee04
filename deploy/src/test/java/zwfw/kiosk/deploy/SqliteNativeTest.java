package zwfw.kiosk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/lib/sqlite-native.sh (used by bin/kiosk and bin/kioskctl; the package's launchers name the library
 * build-deb unpacks the same way): a JVM killed with SIGKILL, as a watchdog or a power cut ends the kiosk,
 * leaves nothing in its temporary directory, where sqlite-jdbc on its own leaves its library copy for good.
 */
class SqliteNativeTest {
    @TempDir
    Path temp;

    @Test
    void aKilledJvmLeavesNoSqliteLibraryInTmpWhenTheUnpackedLibraryIsNamed() throws Exception {
        Path nativeDir = temp.resolve("native");
        List<String> opts = unpackedLibraryOptions(nativeDir);
        assertEquals(2, opts.size(), "org.sqlite.lib.path and org.sqlite.lib.name: " + opts);

        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        for (int start = 0; start < 3; start++) { // a kiosk restarted by its watchdog, again and again
            startAndKill(tmp, opts);
        }
        assertEquals(List.of(), names(tmp), "nothing left in java.io.tmpdir");
        assertEquals(1, unpackedLibraries(nativeDir), "one library per driver version, not one per start");
        assertEquals(opts, unpackedLibraryOptions(nativeDir), "the next start uses the same library");
    }

    @Test
    void withoutItAKilledJvmLeavesSqliteJdbcsCopyBehind() throws Exception {
        // The behaviour the launchers work around (sqlite-jdbc 3.46: the start-up clean-up skips a copy whose .lck remains).
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        startAndKill(tmp, List.of());
        startAndKill(tmp, List.of());
        assertEquals(4, names(tmp).stream().filter(n -> n.startsWith("sqlite-")).count(), names(tmp).toString());
    }

    private List<String> unpackedLibraryOptions(Path nativeDir) throws Exception {
        String jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith("sqlite-jdbc-")).findFirst().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                "set -euo pipefail; app=/nonexistent; source ../bin/lib/sqlite-native.sh; kiosk_sqlite_native;"
                        + " for o in \"${KIOSK_SQLITE_OPTS[@]}\"; do echo \"$o\"; done").redirectErrorStream(true);
        pb.environment().put("KIOSK_CLASSPATH", "/somewhere/kiosk-app.jar:" + jar);
        pb.environment().put("KIOSK_SQLITE_NATIVE_DIR", nativeDir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        return out.lines().toList();
    }

    private static void startAndKill(Path tmp, List<String> opts) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp));
        cmd.addAll(opts);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SqliteHolder.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine(); // blocks until SQLite is open (or the JVM ended: null)
            assertEquals("open", line, "the JVM opened SQLite");
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no deleteOnExit
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(p.isAlive());
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static long unpackedLibraries(Path nativeDir) throws Exception {
        try (Stream<Path> s = Files.walk(nativeDir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".so")).count();
        }
    }
}
