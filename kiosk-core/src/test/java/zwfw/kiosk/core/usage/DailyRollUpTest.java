package zwfw.kiosk.core.usage;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.MovableClock;
import zwfw.kiosk.core.storage.KioskDatabase;

/** A kiosk that runs for weeks rolls up old usage after each midnight in its zone, not only at its start. */
class DailyRollUpTest {
    @TempDir
    Path dir;

    @Test
    void theRollUpRunsAtStartAndAgainAfterMidnightInTheConfiguredZone() {
        MovableClock clock = new MovableClock(UsageStoreFixture.CLOCK.instant(), UsageStoreFixture.ZONE);
        try (KioskDatabase db = UsageStoreFixture.open(dir)) {
            UsageJournal journal = UsageStoreFixture.seeded(db, 40, 30);
            LocalDate today = LocalDate.now(clock);
            try (UsageRecorder recorder = new UsageRecorder(new UsageLog(db, clock), clock)) {
                recorder.followKiosk(List.of(), 10, Duration.ofMillis(20));
                await().until(journal::rolledUpTo, Optional.of(today.minusDays(11))::equals);

                // 15:30 in Shanghai: the next day begins in 8 h 30 min; five minutes after it, one more day is old.
                clock.advance(Duration.ofHours(8).plusMinutes(35));
                await().until(journal::rolledUpTo, Optional.of(today.minusDays(10))::equals);
            }
        }
    }
}
