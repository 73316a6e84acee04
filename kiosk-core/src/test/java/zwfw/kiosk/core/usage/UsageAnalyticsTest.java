package zwfw.kiosk.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.VisitRecord.CaseResult;

/**
 * Every aggregate of {@link UsageFigures} against the generated events themselves, counted here
 * the plain way (one pass over the visits and periods read back from the store).
 */
class UsageAnalyticsTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 9);
    private static final LocalDate TO = LocalDate.of(2026, 11, 29);

    @TempDir
    static Path dir;
    private static UsageFigures figures;
    private static List<VisitRecord> visits;
    private static List<UsagePeriod> periods;

    @BeforeAll
    static void seedThreeWeeks() {
        KioskDatabase db = UsageStoreFixture.open(dir);
        UsageJournal journal = UsageStoreFixture.seeded(db, 30, 120);
        Instant start = FROM.atStartOfDay(UsageStoreFixture.ZONE).toInstant();
        Instant end = TO.plusDays(1).atStartOfDay(UsageStoreFixture.ZONE).toInstant();
        visits = journal.visits(start, end);
        periods = journal.periods(start, end);
        figures = new UsageAnalytics(journal, UsageStoreFixture.CLOCK).figures(FROM, TO, UsageStoreFixture.DEVICES, null);
        db.close();
    }

    private static int count(Predicate<VisitRecord> p) {
        return (int) visits.stream().filter(p).count();
    }

    private static <K> Map<K, Integer> countBy(Predicate<VisitRecord> p, Function<VisitRecord, K> key) {
        return visits.stream().filter(p).collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(v -> 1)));
    }

    private static <K> Map<K, Integer> nonZero(Map<K, Integer> m) {
        Map<K, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void theSeedLooksLikeAKiosksWeeks() {
        assertTrue(visits.size() > 1500, "three weeks of about 120 a weekday: " + visits.size());
        assertTrue(figures.seeded());
        assertEquals(FROM, figures.from());
        assertEquals("Asia/Shanghai", figures.zone());
    }

    @Test
    void visitsOutcomesAndAbandonmentByStep() {
        assertEquals(visits.size(), figures.visits());
        assertEquals(countBy(v -> true, v -> v.outcome().name()), nonZero(figures.outcomes()));
        assertEquals(countBy(v -> v.outcome() == VisitRecord.Outcome.ABANDONED || v.outcome() == VisitRecord.Outcome.TIMED_OUT,
                VisitRecord::lastStep), figures.abandonedByStep());
    }

    @Test
    void theFunnelCountsEveryStageAVisitReached() {
        for (UsageFigures.FunnelStage s : figures.funnel()) {
            VisitRecord.Stage stage = VisitRecord.Stage.valueOf(s.stage());
            assertEquals(count(v -> v.furthest().compareTo(stage) >= 0), s.visits(), s.stage());
        }
        assertEquals(count(v -> v.caseResult() == CaseResult.DELIVERED || v.caseResult() == CaseResult.QUEUED),
                figures.funnel().get(4).visits());
    }

    @Test
    void durationsAndTheirBuckets() {
        long totalMs = visits.stream().mapToLong(v -> v.duration().toMillis()).sum();
        assertEquals(Math.round(totalMs / 1000.0 / visits.size()), figures.durations().averageSeconds());
        assertEquals(count(v -> v.duration().toSeconds() < 60), figures.durations().buckets().get("lt1m"));
        assertEquals(count(v -> v.duration().toSeconds() >= 300 && v.duration().toSeconds() < 600),
                figures.durations().buckets().get("lt10m"));
        assertEquals(count(v -> v.duration().toSeconds() >= 600), figures.durations().buckets().get("ge10m"));
    }

    @Test
    void useByHourAndWeekdayInTheConfiguredZone() {
        for (int h = 0; h < 24; h++) {
            int hour = h;
            assertEquals(count(v -> v.startedAt().atZone(UsageStoreFixture.ZONE).getHour() == hour), figures.byHour().get(h));
        }
        for (int d = 0; d < 7; d++) {
            int day = d + 1;
            assertEquals(count(v -> v.startedAt().atZone(UsageStoreFixture.ZONE).getDayOfWeek().getValue() == day),
                    figures.byWeekday().get(d));
        }
        int mornings = figures.byHour().subList(9, 12).stream().mapToInt(Integer::intValue).sum();
        int nights = figures.byHour().subList(0, 6).stream().mapToInt(Integer::intValue).sum();
        assertTrue(mornings > 10 * nights, "busy mornings, quiet nights");
        assertTrue(figures.byWeekday().get(2) > 2 * figures.byWeekday().get(6), "a Wednesday is busier than a Sunday");
    }

    @Test
    void identificationAgentElderlyLanguageAndReceipts() {
        assertEquals(countBy(v -> true, v -> v.identification().name()), nonZero(figures.identification()));
        assertEquals(count(VisitRecord::agent), figures.agentFilings());
        assertEquals(count(VisitRecord::elderly), figures.elderlyVisits());
        assertEquals(countBy(v -> true, VisitRecord::language), figures.languages());
        assertEquals(countBy(v -> true, v -> v.receipt().name()), nonZero(figures.receipts()));
    }

    @Test
    void casesByServiceAndDepartment() {
        assertEquals(count(v -> v.caseResult() == CaseResult.DELIVERED || v.caseResult() == CaseResult.QUEUED),
                figures.cases().submitted());
        assertEquals(count(v -> v.caseResult() == CaseResult.QUEUED), figures.cases().queued());
        assertEquals(count(v -> v.caseResult() == CaseResult.REJECTED), figures.cases().rejected());
        for (UsageFigures.ServiceFigures s : figures.services()) {
            Predicate<VisitRecord> of = v -> s.code().equals(v.serviceCode());
            assertEquals(count(of), s.sessions(), s.code());
            assertEquals(count(of.and(v -> v.caseResult() == CaseResult.DELIVERED || v.caseResult() == CaseResult.QUEUED)), s.submitted());
            assertEquals(count(of.and(v -> v.caseResult() == CaseResult.REJECTED)), s.rejected());
            assertEquals(count(of.and(v -> v.evaluationLevel() > 0)), s.evaluations());
            double mean = visits.stream().filter(of.and(v -> v.evaluationLevel() > 0)).mapToInt(VisitRecord::evaluationLevel)
                    .average().orElse(0);
            assertEquals(mean, s.averageLevel(), 0.005, s.code());
        }
        assertEquals(4, figures.services().size());
        assertEquals("RS-0001", figures.services().get(0).code(), "the most chosen service first");
        assertEquals(countBy(v -> v.caseResult() == CaseResult.DELIVERED || v.caseResult() == CaseResult.QUEUED,
                VisitRecord::department), figures.casesByDepartment());
    }

    @Test
    void haoChaPingFiguresAsTheDistrictsReportThem() {
        UsageFigures.Evaluations e = figures.evaluations();
        for (int level = 1; level <= 5; level++) {
            int l = level;
            assertEquals(count(v -> v.evaluationLevel() == l), e.levels().get(level - 1), "level " + level);
        }
        int all = count(v -> v.evaluationLevel() > 0);
        int bad = count(v -> v.evaluationLevel() == 1 || v.evaluationLevel() == 2);
        assertEquals(all, e.count());
        assertEquals(bad, e.bad());
        assertEquals(Math.round(1000.0 * (all - bad) / all) / 10.0, e.satisfactionRate());
        Map<String, Integer> reasons = new HashMap<>();
        visits.forEach(v -> v.badReasons().forEach(r -> reasons.merge(r, 1, Integer::sum)));
        assertEquals(reasons, new HashMap<>(e.badReasons()));
        assertEquals(bad, e.badReasons().values().stream().mapToInt(Integer::intValue).sum(), "one reason per 差评 in the seed");
    }

    @Test
    void deviceAvailabilityOfflineAndOutOfServiceTime() {
        Instant start = FROM.atStartOfDay(UsageStoreFixture.ZONE).toInstant();
        Instant now = UsageStoreFixture.CLOCK.instant();
        long periodMs = now.toEpochMilli() - start.toEpochMilli();
        for (UsageFigures.DeviceFigures d : figures.devices()) {
            long down = periods.stream().filter(p -> p.kind() == UsagePeriod.Kind.DEVICE_FAULT && p.subject().equals(d.id()))
                    .mapToLong(p -> p.millisWithin(start, now, now)).sum();
            long faults = periods.stream().filter(p -> p.kind() == UsagePeriod.Kind.DEVICE_FAULT && p.subject().equals(d.id())
                    && !p.start().isBefore(start)).count();
            assertEquals(down / 1000, d.downSeconds(), d.id());
            assertEquals(faults, d.faults(), d.id());
            assertEquals(Math.round(1000.0 * (periodMs - down) / periodMs) / 10.0, d.availabilityPercent(), d.id());
        }
        assertEquals(UsageStoreFixture.DEVICES, figures.devices().stream().map(UsageFigures.DeviceFigures::id).toList());
        assertTrue(figures.devices().get(1).faults() > 2, "the printer runs out of paper now and then");
        long offline = periods.stream().filter(p -> p.kind() == UsagePeriod.Kind.OFFLINE)
                .mapToLong(p -> p.millisWithin(start, now, now)).sum();
        assertEquals(offline / 1000, figures.offline().seconds(), 1);
        long locked = periods.stream().filter(p -> p.kind() == UsagePeriod.Kind.OUT_OF_SERVICE)
                .mapToLong(p -> p.millisWithin(start, now, now)).sum();
        assertEquals(locked / 1000, figures.outOfService().get("STAFF_LOCK").seconds(), 1);
        assertEquals(3, figures.outOfService().get("STAFF_LOCK").periods(), "three Mondays in the period");
    }

    @Test
    void perDayAndPerDayAndServiceRows() {
        Map<LocalDate, Integer> byDay = countBy(v -> true, v -> v.startedAt().atZone(UsageStoreFixture.ZONE).toLocalDate());
        Map<LocalDate, Integer> shown = new TreeMap<>();
        figures.perDay().forEach(d -> shown.put(d.date(), d.visits()));
        assertEquals(byDay, nonZero(shown));
        List<String> rows = new ArrayList<>();
        figures.rows().forEach(r -> rows.add(r.date() + " " + r.serviceCode() + " " + r.sessions()));
        List<String> expected = new ArrayList<>();
        countBy(v -> v.serviceCode() != null, v -> v.startedAt().atZone(UsageStoreFixture.ZONE).toLocalDate() + " "
                + v.serviceCode()).forEach((k, v) -> expected.add(k + " " + v));
        assertEquals(expected, rows);
    }

    @Test
    void aPeriodWithNothingInItIsEmptyAndABackwardsPeriodIsRefused(@TempDir Path other) {
        try (KioskDatabase db = UsageStoreFixture.open(other)) {
            UsageAnalytics a = new UsageAnalytics(new UsageJournal(db), UsageStoreFixture.CLOCK);
            UsageFigures none = a.figures(TO.minusDays(6), TO, List.of("printer"), new UsageFigures.Backlog(0, null));
            assertTrue(none.empty());
            assertEquals(0, none.visits());
            assertEquals(100.0, none.devices().get(0).availabilityPercent());
            assertEquals(null, none.evaluations().satisfactionRate());
            assertThrows(IllegalArgumentException.class, () -> a.figures(TO, FROM, List.of(), null));
        }
    }

    @Test
    void daysEndAtMidnightInTheConfiguredZoneNotTheMachines(@TempDir Path other) {
        try (KioskDatabase db = UsageStoreFixture.open(other)) {
            UsageJournal journal = new UsageJournal(db);
            // 23:30 and 00:30 in Shanghai: two days there, one day in UTC (15:30 and 16:30).
            ZonedDateTime late = ZonedDateTime.of(2026, 11, 27, 23, 30, 0, 0, UsageStoreFixture.ZONE);
            journal.recordVisit(visit(late.toInstant()));
            journal.recordVisit(visit(late.plusHours(1).toInstant()));
            UsageFigures f = new UsageAnalytics(journal, UsageStoreFixture.CLOCK)
                    .figures(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28), List.of(), null);
            assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28)),
                    f.perDay().stream().map(UsageFigures.DayFigures::date).toList());
            assertEquals(1, f.byHour().get(23));
            assertEquals(1, f.byHour().get(0));
        }
    }

    static VisitRecord visit(Instant start) {
        return new VisitRecord(start, start.plusSeconds(90), VisitRecord.Outcome.COMPLETED, "result", VisitRecord.Stage.SUBMITTED,
                VisitRecord.Identification.CARD, "RS-0001", "区人力社保局", CaseResult.DELIVERED, VisitRecord.Receipt.PRINTED, 0,
                List.of(), false, false, "zh");
    }
}
