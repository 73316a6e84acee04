package zwfw.kiosk.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.StorageException;

/** The audit table in a real SQLite file: its triggers, retention and masking. */
class AuditLogTest {
    @TempDir
    Path dir;

    private static int execute(KioskDatabase db, String sql) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    @Test
    void sqliteRefusesUpdatesAndDeletesOfEntriesWithinRetention() {
        try (KioskDatabase db = KioskDatabase.open(dir, AuditLog.migrations())) {
            AuditLog log = new AuditLog(db, Clock.systemUTC());
            log.record("kioskctl", "ops", AuditAction.LOCK, "更换打印纸");
            StorageException update = assertThrows(StorageException.class, () -> execute(db, "UPDATE audit SET actor='someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            StorageException delete = assertThrows(StorageException.class, () -> execute(db, "DELETE FROM audit"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertEquals(0, log.purge());
            assertEquals("ops", log.since(Instant.EPOCH).get(0).actor());
        }
    }

    @Test
    void thePurgeOnStartRemovesOnlyEntriesOlderThan400Days() {
        try (KioskDatabase db = KioskDatabase.open(dir, AuditLog.migrations())) {
            Instant now = Instant.now();
            new AuditLog(db, Clock.fixed(now.minus(Duration.ofDays(401)), java.time.ZoneOffset.UTC))
                    .record("screen", "李师傅", AuditAction.ENTRY, "maintenance");
            new AuditLog(db, Clock.fixed(now.minus(Duration.ofDays(399)), java.time.ZoneOffset.UTC))
                    .record("screen", "王师傅", AuditAction.ENTRY, "maintenance");
            AuditLog log = new AuditLog(db, Clock.systemUTC());
            assertEquals(1, log.purge());
            List<AuditEntry> left = log.since(Instant.EPOCH);
            assertEquals(List.of("王师傅"), left.stream().map(AuditEntry::actor).toList());
        }
    }

    @Test
    void aKioskClockFarAheadPurgesNothingYoungerThan400DaysBySqliteAndDoesNotFail() {
        // The triggers judge age by SQLite's (the machine's) time; a kiosk clock moved ahead (a soak, a test, a bad
        // platform time) must neither make the start's purge abort on them nor empty the append-only log.
        try (KioskDatabase db = KioskDatabase.open(dir, AuditLog.migrations())) {
            Instant now = Instant.now();
            new AuditLog(db, Clock.fixed(now.minus(Duration.ofDays(401)), java.time.ZoneOffset.UTC))
                    .record("screen", "李师傅", AuditAction.ENTRY, "maintenance");
            new AuditLog(db, Clock.fixed(now.minus(Duration.ofDays(30)), java.time.ZoneOffset.UTC))
                    .record("screen", "王师傅", AuditAction.ENTRY, "maintenance");
            new AuditLog(db, Clock.systemUTC()).record("screen", "赵师傅", AuditAction.ENTRY, "maintenance");
            AuditLog ahead = new AuditLog(db, Clock.fixed(now.plus(Duration.ofDays(1000)), java.time.ZoneOffset.UTC));

            assertEquals(1, ahead.purge(), "only the entry both clocks consider older than 400 days goes");
            assertEquals(List.of("王师傅", "赵师傅"), ahead.since(Instant.EPOCH).stream().map(AuditEntry::actor).toList());
            assertThrows(StorageException.class, () -> execute(db, "DELETE FROM audit"), "still append-only within 400 days");
        }
    }

    @Test
    void settingChangesShowOldAndNewButMaskSecrets() {
        try (KioskDatabase db = KioskDatabase.open(dir, AuditLog.migrations())) {
            AuditLog log = new AuditLog(db, Clock.systemUTC());
            log.recordSettingChange("screen", "李师傅", "devices.printer.port", "/dev/ttyUSB0", "/dev/ttyUSB1");
            log.recordSettingChange("screen", "李师傅", "security.maintenancePinHash", "pbkdf2-sha256$old", "pbkdf2-sha256$new");
            List<AuditEntry> all = log.since(Instant.EPOCH);
            assertEquals("devices.printer.port: /dev/ttyUSB0 → /dev/ttyUSB1", all.get(0).detail());
            assertEquals("security.maintenancePinHash: *** → ***", all.get(1).detail());
        }
    }
}
