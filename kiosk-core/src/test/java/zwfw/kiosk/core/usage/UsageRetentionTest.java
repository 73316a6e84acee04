package zwfw.kiosk.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;

/** Old events become daily totals, and the figures of any period read the same before and after. */
class UsageRetentionTest {
    @TempDir
    Path dir;

    @Test
    void eventsOlderThanTheRetentionAreRolledUpAndTheFiguresDoNotChange() {
        try (KioskDatabase db = UsageStoreFixture.open(dir)) {
            UsageJournal journal = UsageStoreFixture.seeded(db, 40, 30);
            UsageAnalytics analytics = new UsageAnalytics(journal, UsageStoreFixture.CLOCK);
            LocalDate today = analytics.today();
            UsageFigures all = analytics.figures(today.minusDays(39), today, UsageStoreFixture.DEVICES, null);
            UsageFigures oldWeek = analytics.figures(today.minusDays(30), today.minusDays(24), UsageStoreFixture.DEVICES, null);

            new UsageRetention(journal, UsageStoreFixture.CLOCK).rollUp(10);

            Instant firstKept = today.minusDays(10).atStartOfDay(UsageStoreFixture.ZONE).toInstant();
            assertEquals(0, journal.visits(Instant.EPOCH, firstKept).size(), "no event older than the retention is kept");
            assertTrue(journal.visits(firstKept, UsageStoreFixture.CLOCK.instant()).size() > 150);
            assertEquals(today.minusDays(11), journal.rolledUpTo().orElseThrow());
            assertEquals(all, analytics.figures(today.minusDays(39), today, UsageStoreFixture.DEVICES, null));
            assertEquals(oldWeek, analytics.figures(today.minusDays(30), today.minusDays(24), UsageStoreFixture.DEVICES, null));

            new UsageRetention(journal, UsageStoreFixture.CLOCK).rollUp(10); // again: nothing more to do
            assertEquals(all, analytics.figures(today.minusDays(39), today, UsageStoreFixture.DEVICES, null));
        }
    }
}
