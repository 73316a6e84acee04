package zwfw.kiosk.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/** The usage log on a real SQLite file in a temporary data directory. */
class UsageLogTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(KioskFixture.migrations());
        all.addAll(UsageLog.migrations());
        return all;
    }

    /** Noon, China time, on a day. */
    private static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(12, 0).atZone(CHINA).toInstant(), CHINA);
    }

    @Test
    void countsSurviveClosingAndReopeningTheDatabaseFile() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, on("2026-11-20"));
            log.record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            log.record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            log.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
            log.record(UsageEvent.CASE_SUBMITTED, "RS-0001");
        }
        assertTrue(Files.isRegularFile(dir.resolve("kiosk.db")));
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, on("2026-11-20"));
            assertEquals(Map.of("RS-0001", 2, "GA-0002", 1), log.counts(UsageEvent.SERVICE_CHOSEN, 30));
            assertEquals(Map.of("RS-0001", 1), log.counts(UsageEvent.CASE_SUBMITTED, 30));
        }
    }

    @Test
    void theWindowCountsTheLastNDaysTodayIncludedAndAddsUpDaysInside() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            new UsageLog(db, on("2026-10-02")).record(UsageEvent.SERVICE_CHOSEN, "OLD-1"); // day 31 counting back from 11-01
            new UsageLog(db, on("2026-10-03")).record(UsageEvent.SERVICE_CHOSEN, "RS-0001"); // day 30, the first of the window
            new UsageLog(db, on("2026-10-20")).record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            UsageLog today = new UsageLog(db, on("2026-11-01"));
            today.record(UsageEvent.SERVICE_CHOSEN, "RS-0001");

            assertEquals(Map.of("RS-0001", 3), today.counts(UsageEvent.SERVICE_CHOSEN, 30));
            assertEquals(Map.of("RS-0001", 3, "OLD-1", 1), today.counts(UsageEvent.SERVICE_CHOSEN, 31));
            assertEquals(Map.of("RS-0001", 1), today.counts(UsageEvent.SERVICE_CHOSEN, 1));
        }
    }

    @Test
    void aDayIsADayInTheConfiguredZoneSoEveningUtcCountsForTheNextDayInChina() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            // 2026-11-01T17:00Z is 01:00 on 11-02 in Beijing, still 11-01 in UTC.
            Instant late = Instant.parse("2026-11-01T17:00:00Z");
            new UsageLog(db, Clock.fixed(late, CHINA)).record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            new UsageLog(db, Clock.fixed(late, ZoneId.of("UTC"))).record(UsageEvent.SERVICE_CHOSEN, "RS-0002");
            UsageReport r = new UsageLog(db, on("2026-11-02")).report(1);
            assertEquals(1, r.count("RS-0001", UsageEvent.SERVICE_CHOSEN));
            assertEquals(0, r.count("RS-0002", UsageEvent.SERVICE_CHOSEN), "a kiosk configured for UTC counted it on 11-01");
        }
    }

    @Test
    void theReportGivesPerServiceCountsAndTotalsForTheAdministrator() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, on("2026-11-20"));
            log.record(UsageEvent.SESSION_STARTED, null);
            log.record(UsageEvent.SESSION_STARTED, null);
            log.record(UsageEvent.SESSION_STARTED, null);
            log.record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            log.record(UsageEvent.CASE_SUBMITTED, "RS-0001");
            log.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
            log.record(UsageEvent.ABANDONED_TIMEOUT, "GA-0002");
            log.record(UsageEvent.ABANDONED_ENDED, null);

            UsageReport r = log.report(7);
            assertEquals(LocalDate.parse("2026-11-14"), r.from());
            assertEquals(LocalDate.parse("2026-11-20"), r.to());
            assertEquals(3, r.count(UsageLog.NO_SERVICE, UsageEvent.SESSION_STARTED));
            assertEquals(1, r.count("RS-0001", UsageEvent.CASE_SUBMITTED));
            assertEquals(0, r.count("RS-0001", UsageEvent.ABANDONED_TIMEOUT));
            assertEquals(1, r.count("GA-0002", UsageEvent.ABANDONED_TIMEOUT));
            assertEquals(2, r.total(UsageEvent.SERVICE_CHOSEN));
            assertEquals(2, r.abandoned());
            // Events of no service never rank as a service.
            assertEquals(Map.of("RS-0001", 1, "GA-0002", 1), log.counts(UsageEvent.SERVICE_CHOSEN, 7));
            assertThrows(IllegalArgumentException.class, () -> log.report(0));
        }
    }

    @Test
    void anEventNameFromANewerVersionIsSkippedNotFatal() {
        try (KioskDatabase db = KioskDatabase.open(dir, migrations())) {
            UsageLog log = new UsageLog(db, on("2026-11-20"));
            log.record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            db.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO usage_daily(day, service_code, event, count) VALUES('2026-11-20','RS-0001','PRINTED_TWICE',4)")) {
                    return ps.executeUpdate();
                }
            });
            assertEquals(Map.of(UsageEvent.SERVICE_CHOSEN, 1), log.report(1).byService().get("RS-0001"));
        }
    }

    @Test
    void aDatabaseOpenedWithoutTheUsageMigrationsIsRefused() {
        try (KioskDatabase db = KioskDatabase.open(dir, KioskFixture.migrations())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new UsageLog(db, Clock.systemUTC()));
            assertTrue(e.getMessage().contains("UsageLog.migrations()"));
        }
    }
}
