package zwfw.kiosk.core.availability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLocksTest {
    private static final Instant NOON = Instant.parse("2026-11-24T04:00:00Z");

    @TempDir
    Path data;

    private ServiceLocks locks() {
        return new ServiceLocks(data, Clock.fixed(NOON, ZoneOffset.UTC));
    }

    @Test
    void aLockIsReadBackWithReasonChannelAndTimeAfterANewInstanceOpensTheSameDirectory() {
        locks().lock(LockHolder.STAFF, "更换打印纸", "kioskctl");
        ServiceLock read = new ServiceLocks(data, Clock.systemUTC()).read(LockHolder.STAFF).orElseThrow();
        assertEquals(new ServiceLock(LockHolder.STAFF, "更换打印纸", "kioskctl", NOON), read);
        assertTrue(Files.isRegularFile(data.resolve("locks/staff.lock")));
    }

    @Test
    void aRecordIsPrivateAndBelongsToTheOwnerOfTheLocksDirectoryWhoeverWroteIt() throws Exception {
        locks().lock(LockHolder.STAFF, "更换打印纸", "kioskctl");
        Path record = data.resolve("locks/staff.lock");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(record)));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(record.getParent())));
        assertEquals(Files.getOwner(record.getParent()), Files.getOwner(record), "root running kioskctl hands it to the kiosk's user");
    }

    @Test
    void eachHolderLiftsOnlyItsOwnLock() {
        ServiceLocks locks = locks();
        locks.lock(LockHolder.PLATFORM, "维护", "platform");
        locks.lock(LockHolder.STAFF, "维修读卡器", "screen");
        assertEquals(Map.of(LockHolder.PLATFORM, locks.read(LockHolder.PLATFORM).orElseThrow(),
                LockHolder.STAFF, locks.read(LockHolder.STAFF).orElseThrow()), locks.current());

        assertEquals("维修读卡器", locks.unlock(LockHolder.STAFF, "kioskctl").orElseThrow().reason());
        assertEquals(List.of(LockHolder.PLATFORM), List.copyOf(locks.current().keySet()));
        assertTrue(locks.unlock(LockHolder.STAFF, "kioskctl").isEmpty(), "nothing left to lift");
    }

    @Test
    void theReasonIsKeptOnOneLineAndShortened() {
        ServiceLock l = locks().lock(LockHolder.STAFF, "line one\nline two\t" + "x".repeat(300), "kioskctl");
        assertFalse(l.reason().contains("\n"));
        assertEquals(ServiceLock.MAX_REASON, l.reason().length());
        assertTrue(l.reason().startsWith("line one line two x"), l.reason());
        assertEquals(l, locks().read(LockHolder.STAFF).orElseThrow());
    }

    @Test
    void anIdOrMobileNumberTypedIntoTheReasonIsMaskedBeforeItIsWritten() throws Exception {
        ServiceLock l = locks().lock(LockHolder.STAFF, "市民 11010519491231002X 来电 13800138000 报修", "kioskctl");
        assertEquals("市民 110105********002X 来电 138****8000 报修", l.reason());
        String onDisk = Files.readString(data.resolve("locks/staff.lock"), StandardCharsets.UTF_8);
        assertFalse(onDisk.contains("19491231") || onDisk.contains("00138"), onDisk);
    }

    @Test
    void aHugeFileOrADirectoryInARecordsPlaceIsNotReadButCountsAsADamagedLock() throws Exception {
        Files.createDirectories(data.resolve("locks"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(data.resolve("locks/staff.lock").toFile(), "rw")) {
            f.setLength(1L << 30); // a sparse gigabyte: reading it would cost the memory
        }
        assertTrue(locks().read(LockHolder.STAFF).orElseThrow().reason().startsWith("damaged lock record staff.lock"));
        Files.createDirectories(data.resolve("locks/platform.lock"));
        assertTrue(locks().read(LockHolder.PLATFORM).orElseThrow().reason().startsWith("damaged lock record platform.lock"));
    }

    @Test
    void aDamagedRecordStillCountsAsLocked() throws Exception {
        Files.createDirectories(data.resolve("locks"));
        Files.writeString(data.resolve("locks/staff.lock"), "reason=half a record\nat=not-a-time\n", StandardCharsets.UTF_8);
        ServiceLock l = locks().read(LockHolder.STAFF).orElseThrow();
        assertTrue(l.reason().startsWith("damaged lock record staff.lock"), l.reason());
        locks().unlock(LockHolder.STAFF, "kioskctl");
        assertTrue(locks().current().isEmpty());
    }

    @Test
    void writingLeavesNoTemporaryFilesBehind() throws Exception {
        ServiceLocks locks = locks();
        for (int i = 0; i < 5; i++) {
            locks.lock(LockHolder.STAFF, "reason " + i, "kioskctl");
        }
        try (var files = Files.list(data.resolve("locks"))) {
            assertEquals(List.of("staff.lock"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("reason 4", locks.read(LockHolder.STAFF).orElseThrow().reason());
    }

    @Test
    void theWatchReportsTheFirstReadingAndEveryChangeMadeByAnotherWriter() {
        List<Map<LockHolder, ServiceLock>> seen = new CopyOnWriteArrayList<>();
        try (LockWatch watch = new LockWatch(locks(), seen::add)) {
            watch.start(Duration.ofMillis(50));
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);
            assertEquals(Map.of(), seen.get(0));

            ServiceLocks other = new ServiceLocks(data, Clock.systemUTC()); // e.g. kioskctl in another process
            other.lock(LockHolder.STAFF, "更换打印纸", "kioskctl");
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
            assertEquals("更换打印纸", seen.get(1).get(LockHolder.STAFF).reason());

            other.unlock(LockHolder.STAFF, "kioskctl");
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 3);
            assertEquals(Map.of(), seen.get(2));
        }
    }

    /**
     * The locks directory where nothing can be written, even by root (for whom chmod changes nothing):
     * a link into /proc, where no file can be made.
     */
    static void unwritable(Path locksDir) throws Exception {
        Files.createDirectories(locksDir.getParent());
        Files.createSymbolicLink(locksDir, Path.of("/proc/self/fdinfo"));
    }

    @Test
    void aLockThatCannotBeWrittenFailsInOneLineAndNothingReadsAsLocked() throws Exception {
        unwritable(data.resolve("locks"));
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> locks().lock(LockHolder.STAFF, "更换打印纸", "kioskctl"));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot write the lock record "), e.getMessage());
        assertTrue(locks().current().isEmpty(), "what the disk says: no lock");
    }

    @Test
    void anUnlockThatCannotDeleteTheRecordFailsInOneLineAndTheLockStillHolds() throws Exception {
        locks().lock(LockHolder.STAFF, "更换打印纸", "kioskctl");
        Path dir = data.resolve("locks");
        org.junit.jupiter.api.Assumptions.assumeTrue(Immutable.set(dir, true),
                "needs chattr +i (root on ext4) to make a directory nobody can change");
        try {
            java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                    () -> locks().unlock(LockHolder.STAFF, "kioskctl"));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot delete the lock record "), e.getMessage());
            assertTrue(locks().read(LockHolder.STAFF).isPresent());
        } finally {
            Immutable.set(dir, false);
        }
    }

    /** chattr +i / -i: a directory whose entries even root cannot add or remove. */
    static final class Immutable {
        static boolean set(Path dir, boolean on) throws Exception {
            try {
                Process p = new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor() == 0;
            } catch (java.io.IOException noChattr) {
                return false;
            }
        }
    }
}
