package zwfw.kiosk.core.usage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

class UsageRecorderTest {
    @TempDir
    Path dir;

    private static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(KioskFixture.migrations());
        all.addAll(UsageLog.migrations());
        return all;
    }

    @Test
    void aChoiceCountsAtOnceInMemoryAndReachesTheFileInTheBackground() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, Clock.systemUTC());
            try (UsageRecorder r = new UsageRecorder(log, Clock.systemUTC())) {
                r.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
                r.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
                assertEquals(2, r.timesChosen("GA-0002"));
                assertEquals(0, r.timesChosen("RS-0001"));
                await().atMost(Duration.ofSeconds(5)).until(() -> log.counts(UsageEvent.SERVICE_CHOSEN, 1).equals(Map.of("GA-0002", 2)));
            }
        }
    }

    @Test
    void closingWritesWhatIsPendingAndANewRecorderStartsFromTheFile() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            try (UsageRecorder r = new UsageRecorder(new UsageLog(db, Clock.systemUTC()), Clock.systemUTC())) {
                for (int i = 0; i < 20; i++) {
                    r.record(UsageEvent.SERVICE_CHOSEN, "YB-0001");
                }
                r.record(UsageEvent.CASE_SUBMITTED, "YB-0001");
                r.record(UsageEvent.SESSION_STARTED, null);
            }
        }
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, Clock.systemUTC());
            UsageRecorder r = new UsageRecorder(log, Clock.systemUTC());
            assertEquals(20, r.timesChosen("YB-0001"));
            UsageReport report = log.report(1);
            assertEquals(1, report.count("YB-0001", UsageEvent.CASE_SUBMITTED));
            assertEquals(1, report.count(UsageLog.NO_SERVICE, UsageEvent.SESSION_STARTED));
            r.close();
        }
    }

    /**
     * The home screen orders its services by {@link UsageRecorder#timesChosen} on the JavaFX thread: the first call
     * after midnight read the database there (the soak's clock, passing midnight, showed it). The window moves on
     * the recorder's own thread; until it has, the screen is ordered by yesterday's window.
     */
    @Test
    void theFirstLookAfterMidnightReadsNoDatabaseOnTheCallersThreadAndTheWindowMovesInTheBackground() {
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-11-29T04:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        List<zwfw.kiosk.drivers.io.BlockingCalls.Violation> onCaller = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, clock);
            try (UsageRecorder r = new UsageRecorder(log, clock)) {
                r.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
                await().atMost(Duration.ofSeconds(5)).until(() -> log.counts(UsageEvent.SERVICE_CHOSEN, 1).equals(Map.of("GA-0002", 1)));
                now.set(now.get().plus(Duration.ofDays(UsageRecorder.WINDOW_DAYS + 1))); // the choice leaves the window
                zwfw.kiosk.drivers.io.BlockingCalls.forbidOn(t -> t == caller, onCaller::add);
                assertEquals(1, r.timesChosen("GA-0002"), "yesterday's window until the new one is read");
                assertEquals(List.of(), onCaller, "no database read on the caller's (the JavaFX) thread");
                await().atMost(Duration.ofSeconds(5)).until(() -> r.timesChosen("GA-0002") == 0);
            } finally {
                zwfw.kiosk.drivers.io.BlockingCalls.allowEverywhere();
            }
        }
    }
}
