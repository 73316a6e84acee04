package zwfw.kiosk.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/** The kiosk's one PIN pad: any role's PIN opens it, five wrong ones lock it for five minutes, across a restart. */
class PadEntryTest {
    private static final String LI = PinHash.hash("4711".toCharArray());
    private static final String WANG = PinHash.hash("9012".toCharArray());

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-29T02:00:00Z");

    private StaffEntry entry(KioskDatabase db) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new StaffEntry(db, Map.of(), new AuditLog(db, clock), clock);
    }

    private static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(StaffAccounts.migrations());
        all.addAll(AuditLog.migrations());
        return all;
    }

    @Test
    void thePadFindsTheMemberOfEitherRoleAndLocksAfterFiveWrongPins() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            StaffAccounts accounts = new StaffAccounts(db, Clock.systemUTC());
            accounts.add("李师傅", StaffRole.MAINTENANCE, LI);
            accounts.add("王主任", StaffRole.ADMIN, WANG);
            StaffEntry pad = entry(db);
            assertEquals(Optional.of(new StaffMember("王主任", StaffRole.ADMIN)), pad.enter("9012".toCharArray()).member());
            assertEquals(Optional.of(new StaffMember("李师傅", StaffRole.MAINTENANCE)), pad.enter("4711".toCharArray()).member());
            for (int i = 1; i <= 4; i++) {
                StaffEntry.Attempt a = pad.enter("0000".toCharArray());
                assertEquals(5 - i, a.failuresLeft());
                assertTrue(a.lockedUntil().isEmpty());
            }
            StaffEntry.Attempt fifth = pad.enter("0000".toCharArray());
            assertEquals(Optional.of(now.plus(StaffEntry.LOCKOUT)), fifth.lockedUntil());
            assertTrue(pad.enter("4711".toCharArray()).member().isEmpty(), "the right PIN waits out the lockout");
        }
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            assertTrue(entry(db).padLockedUntil().isPresent(), "a restart keeps the lockout");
            now = now.plus(StaffEntry.LOCKOUT);
            assertTrue(entry(db).enter("4711".toCharArray()).member().isPresent());
            var actions = new AuditLog(db, Clock.systemUTC()).since(Instant.EPOCH).stream().map(e -> e.action()).toList();
            assertEquals(List.of(AuditAction.ENTRY, AuditAction.ENTRY, AuditAction.PIN_FAILED, AuditAction.PIN_FAILED,
                    AuditAction.PIN_FAILED, AuditAction.PIN_FAILED, AuditAction.PIN_FAILED, AuditAction.ENTRY), actions);
        }
    }
}
