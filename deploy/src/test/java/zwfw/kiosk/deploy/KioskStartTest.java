package zwfw.kiosk.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/bin/kiosk-start with stand-in versions (scripts in place of the app-image's launcher):
 * a version that hangs without READY is stopped after the bound and the previous one runs, now
 * and at the next start, until a new package clears failed-version.
 */
class KioskStartTest {
    @TempDir
    Path temp;
    Path base;
    Path data;
    Process start;

    @AfterEach
    void stop() throws Exception {
        if (start != null) {
            start.descendants().forEach(ProcessHandle::destroyForcibly);
            start.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void version(String name, String body) throws Exception {
        Path bin = Files.createDirectories(base.resolve(name).resolve("bin"));
        Path launcher = bin.resolve("zwfw-kiosk");
        Files.writeString(launcher, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void setUp(String current, String previous) throws Exception {
        base = Files.createDirectories(temp.resolve("opt"));
        data = Files.createDirectories(temp.resolve("data"));
        // A good version writes the ready file with its PID (as KioskSupervision does) and keeps running.
        version("1.0.1", "echo $$ > \"$KIOSK_DATA_DIR/run/ready\"; echo 'version 1.0.1 running'; exec sleep 300");
        // A broken one hangs without ever becoming ready.
        version("1.0.2", "echo 'version 1.0.2 hangs'; exec sleep 300");
        Files.createSymbolicLink(base.resolve("current"), Path.of(current));
        Files.createSymbolicLink(base.resolve("previous"), Path.of(previous));
    }

    private Path runStart() throws Exception {
        Path log = Files.createTempFile(temp, "kiosk-start", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of("bin/kiosk-start").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("KIOSK_BASE", base.toString());
        pb.environment().put("KIOSK_DATA_DIR", data.toString());
        pb.environment().put("KIOSK_READY_TIMEOUT", "2");
        start = pb.start();
        return log;
    }

    private static String read(Path log) throws Exception {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void aVersionThatNeverGetsReadyIsStoppedAndThePreviousRunsNowAndNextTime() throws Exception {
        setUp("1.0.2", "1.0.1");
        Path log = runStart();
        await().atMost(Duration.ofSeconds(20)).until(() -> read(log).contains("version 1.0.1 running"));
        assertTrue(read(log).contains("version 1.0.2 did not reach READY within 2 s; going back to 1.0.1"), read(log));
        assertEquals("1.0.2", Files.readString(data.resolve("run/failed-version")).trim());
        assertTrue(start.isAlive(), "the previous version keeps running under the start script's PID");
        stop();

        Path again = runStart();
        await().atMost(Duration.ofSeconds(20)).until(() -> read(again).contains("version 1.0.1 running"));
        assertTrue(read(again).contains("version 1.0.2 did not start before; running 1.0.1"), read(again));
        assertTrue(!read(again).contains("1.0.2 hangs"), "the failed version is not tried again");
    }

    @Test
    void aVersionThatGetsReadyStaysAndNothingIsRecorded() throws Exception {
        setUp("1.0.1", "1.0.2");
        Path log = runStart();
        await().atMost(Duration.ofSeconds(20)).until(() -> read(log).contains("version 1.0.1 is ready"));
        assertTrue(start.isAlive());
        assertTrue(!Files.exists(data.resolve("run/failed-version")));
    }
}
