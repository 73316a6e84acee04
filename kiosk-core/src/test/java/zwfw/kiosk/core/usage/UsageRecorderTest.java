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
}
