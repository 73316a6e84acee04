package zwfw.kiosk.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditEntry;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/** Staff accounts and the PIN lockout in a real SQLite file, across a restart. */
class StaffEntryTest {
    /** Hashes made once: PBKDF2 is slow on purpose. */
    private static final String LI = PinHash.hash("4711".toCharArray());
    private static final String WANG = PinHash.hash("9012".toCharArray());
    private static final String YAML_MAINTENANCE = PinHash.hash("2468".toCharArray());

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-29T02:00:00Z");

    private Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(StaffAccounts.migrations());
        all.addAll(AuditLog.migrations());
        return all;
    }

    private StaffEntry entry(KioskDatabase db) {
        return new StaffEntry(db, Map.of(StaffRole.MAINTENANCE, YAML_MAINTENANCE), new AuditLog(db, clock()), clock());
    }

    @Test
    void aPinOpensOnlyItsOwnRoleAndNamesItsMember() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            StaffAccounts accounts = new StaffAccounts(db, clock());
            assertTrue(accounts.add("李师傅", StaffRole.MAINTENANCE, LI));
            assertTrue(accounts.add("王主任", StaffRole.ADMIN, WANG));
            assertFalse(accounts.add("李师傅", StaffRole.ADMIN, WANG), "display names are unique");

            StaffEntry entry = entry(db);
            assertEquals(Optional.of(new StaffMember("李师傅", StaffRole.MAINTENANCE)), entry.verify(StaffRole.MAINTENANCE, "4711".toCharArray()));
            assertEquals(Optional.of(new StaffMember("王主任", StaffRole.ADMIN)), entry.verify(StaffRole.ADMIN, "9012".toCharArray()));
            assertEquals(Optional.empty(), entry.verify(StaffRole.ADMIN, "4711".toCharArray()), "a technician's PIN is not an administrator's");
            assertEquals(Optional.of(new StaffMember(StaffEntry.CONFIGURED_ACCOUNT, StaffRole.MAINTENANCE)),
                    entry.verify(StaffRole.MAINTENANCE, "2468".toCharArray()), "kiosk.yaml's hash stays the fallback account");

            List<AuditEntry> audit = new AuditLog(db, clock()).since(Instant.EPOCH);
            assertEquals(List.of(AuditAction.ENTRY, AuditAction.ENTRY, AuditAction.PIN_FAILED, AuditAction.ENTRY),
                    audit.stream().map(AuditEntry::action).toList());
            assertEquals("李师傅", audit.get(0).actor());
            assertEquals("screen", audit.get(0).channel());
            assertTrue(audit.stream().noneMatch(e -> e.detail().contains("4711") || e.detail().contains("9012")), "no PIN in the audit log");
        }
    }

    @Test
    void fiveWrongPinsLockEntryForFiveMinutesAndARestartDoesNotResetIt() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            new StaffAccounts(db, clock()).add("李师傅", StaffRole.MAINTENANCE, LI);
            StaffEntry entry = entry(db);
            for (int i = 0; i < 4; i++) {
                assertTrue(entry.verify(StaffRole.MAINTENANCE, "0000".toCharArray()).isEmpty());
            }
            assertTrue(entry.lockedUntil(StaffRole.MAINTENANCE).isEmpty(), "four failures do not lock");
            entry.verify(StaffRole.MAINTENANCE, "0000".toCharArray());
            assertEquals(Optional.of(now.plus(StaffEntry.LOCKOUT)), entry.lockedUntil(StaffRole.MAINTENANCE));
        }
        now = now.plus(Duration.ofMinutes(4));
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) { // the kiosk restarted
            StaffEntry entry = entry(db);
            assertTrue(entry.verify(StaffRole.MAINTENANCE, "4711".toCharArray()).isEmpty(), "locked out: even the right PIN is refused");
            assertTrue(entry.lockedUntil(StaffRole.ADMIN).isEmpty(), "the administrators' entry is not locked by the technicians' pad");
        }
        now = now.plus(Duration.ofMinutes(1));
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            assertEquals("李师傅", entry(db).verify(StaffRole.MAINTENANCE, "4711".toCharArray()).orElseThrow().displayName());
        }
    }
}
