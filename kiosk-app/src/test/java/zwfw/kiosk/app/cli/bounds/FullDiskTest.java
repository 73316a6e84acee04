package zwfw.kiosk.app.cli.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;

/**
 * The data directory on a real, small, full file system (a 300 KB tmpfs; mounting needs root, as
 * in CI): {@code case submit} and {@code outbox flush} each say in one line that the disk is full
 * and how much is free, with no stack trace, and every case accepted before is still there. A
 * wrong storage key is one line too.
 */
class FullDiskTest {
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String UNREACHABLE = "http://127.0.0.1:9";

    @TempDir
    Path dir;
    Path disk;
    boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root (CI runs as root)");
        disk = Files.createDirectory(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot mount a tmpfs here: " + said);
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static List<String> withKiosk(Path data, String key, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--config", "../config", "--platform-url", UNREACHABLE, "--data-dir", data.toString(),
                "--kiosk-id", "KSK-330304-0001", "--platform-secret", "full-disk-test-secret-0123", "--storage-key", key));
        return a;
    }

    static String[] submit(Path data, String key) {
        return withKiosk(data, key, "case", "submit", "--service", "RS-0001", "--name", "张三", "--id-number", "11010519491231002X",
                "--phone", "13800138000", "--form", "purpose=个人证明", "--form", "phone=13800138000", "--wait", "0")
                .toArray(String[]::new);
    }

    /** Writes zeros until the file system refuses: the disk is then full to the last block. */
    private static Path fill(Path where) throws IOException {
        Path filler = where.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return filler;
        }
    }

    private static int depth(Path data, String key) throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run(withKiosk(data, key, "outbox", "status", "--json").toArray(String[]::new)), ctl.err());
        JsonNode status = JsonOutput.mapper().readTree(ctl.out().strip());
        return status.get("depth").asInt();
    }

    @Test
    void aFullDiskIsOneLineWithTheFreeBytesAndNoAcceptedCaseIsLost() throws Exception {
        Path data = disk.resolve("data");
        for (int i = 0; i < 3; i++) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(0, ctl.run(submit(data, KEY)), ctl.err());
            assertTrue(ctl.out().startsWith("QUEUED"), ctl.out());
        }
        Path filler = fill(disk);

        ChildKioskCtl.Result submitted = ChildKioskCtl.run(dir, "256m", submit(data, KEY));
        System.out.printf("FullDiskTest: case submit on a full disk: exit %d in %d ms%n", submitted.exit(), submitted.millis());
        assertEquals(5, submitted.exit(), submitted.err());
        assertEquals(1, submitted.err().lines().count(), "one line, no stack trace: " + submitted.err());
        assertTrue(submitted.err().matches("submit: the data directory's disk is full \\(\\d+ bytes free\\): .*"), submitted.err());

        ChildKioskCtl.Result flushed = ChildKioskCtl.run(dir, "256m", withKiosk(data, KEY, "outbox", "flush", "--timeout", "1")
                .toArray(String[]::new));
        assertEquals(5, flushed.exit(), flushed.err());
        assertEquals(1, flushed.err().lines().count(), flushed.err());
        assertTrue(flushed.err().startsWith("flush: the data directory's disk is full ("), flushed.err());

        Files.delete(filler);
        assertEquals(3, depth(data, KEY), "every case accepted before the disk filled is still queued");
    }

    @Test
    void aWrongStorageKeyIsOneLineAndTheSealedCasesAreKept() throws Exception {
        Path data = disk.resolve("data");
        CapturedKioskCtl first = new CapturedKioskCtl();
        assertEquals(0, first.run(submit(data, KEY)), first.err());
        String wrongKey = Base64.getEncoder().encodeToString("another key, 32 bytes long......".getBytes());

        CapturedKioskCtl flushed = new CapturedKioskCtl();
        assertEquals(5, flushed.run(withKiosk(data, wrongKey, "outbox", "flush", "--timeout", "1").toArray(String[]::new)));
        assertEquals(1, flushed.err().strip().lines().count(), flushed.err());
        assertTrue(flushed.err().startsWith("flush: the sealed data cannot be opened: "), flushed.err());

        ChildKioskCtl.Result verbose = ChildKioskCtl.run(dir, "256m", withKiosk(data, wrongKey, "outbox", "flush", "--timeout", "1",
                "--verbose").toArray(String[]::new));
        assertTrue(verbose.err().lines().count() > 5 && verbose.err().contains("\tat "), "--verbose shows the trace: " + verbose.err());
        CapturedKioskCtl submitted = new CapturedKioskCtl();
        assertEquals(5, submitted.run(submit(data, wrongKey)), "no new case is sealed under a key that cannot open the queued ones");
        assertTrue(submitted.err().startsWith("submit: the sealed data cannot be opened: "), submitted.err());
        assertEquals(1, depth(data, KEY), "the case is still there for the right key, and nothing was added");
    }
}
