package zwfw.kiosk.app.wiring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.storage.KioskDatabase;

/** The start's audit purge runs on the kiosk's clock, which a soak or a test may set far ahead of the machine's. */
class StaffStartupAuditPurgeTest {
    @TempDir
    Path dir;

    @Test
    void aKioskWhoseClockIsFarAheadStillStartsAndKeepsItsAudit() {
        try (KioskDatabase db = KioskDatabase.open(dir, AuditLog.migrations())) {
            new AuditLog(db, Clock.systemUTC()).record("screen", "李师傅", AuditAction.ENTRY, "maintenance");
            Clock ahead = Clock.fixed(Instant.now().plus(Duration.ofDays(3 * 365)), ZoneOffset.UTC);

            assertDoesNotThrow(() -> StaffStartup.purgeOldAudit(db, ahead), "the append-only trigger must not fail the start");
            assertEquals(1, new AuditLog(db, ahead).since(Instant.EPOCH).size(), "an entry of today is kept");
        }
    }
}
