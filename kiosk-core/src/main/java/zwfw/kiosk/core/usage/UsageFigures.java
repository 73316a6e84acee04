package zwfw.kiosk.core.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one set of usage aggregates for a period (days in the configured zone, both ends included):
 * what the admin screen shows, the reports print and the metrics may publish, so that a period
 * gives the same numbers everywhere. Counts only, no personal data. Built by {@link UsageAnalytics}.
 *
 * @param seeded       whether the figures come from a store of synthetic usage ({@code kioskctl usage seed})
 * @param outcomes     visits by {@link VisitRecord.Outcome} name
 * @param funnel       the stages from start to a case submitted, each with the visits that reached it
 * @param abandonedByStep visits abandoned or timed out, by the step on screen when they ended
 * @param byHour       visits by hour of day (24 entries, 0 = 00:00–00:59)
 * @param byWeekday    visits by weekday (7 entries, Monday first)
 * @param perDay       per day of the period with any usage, oldest first
 * @param rows         one per day and service chosen (the CSV's rows)
 * @param backlog      the outbox's backlog now (null: not known, e.g. a seeded store)
 */
public record UsageFigures(LocalDate from, LocalDate to, String zone, boolean seeded,
                           int visits, Map<String, Integer> outcomes, List<FunnelStage> funnel,
                           Map<String, Integer> abandonedByStep, Durations durations, List<Integer> byHour,
                           List<Integer> byWeekday, Map<String, Integer> identification, int agentFilings,
                           int elderlyVisits, Map<String, Integer> languages, Map<String, Integer> receipts,
                           Cases cases, List<ServiceFigures> services, Map<String, Integer> casesByDepartment,
                           Evaluations evaluations, List<DeviceFigures> devices, Downtime offline,
                           Map<String, Downtime> outOfService, Backlog backlog, List<DayFigures> perDay,
                           List<DayServiceRow> rows) {

    public record FunnelStage(String stage, int visits) {
    }

    /** Mean and distribution of visit lengths; buckets named {@code lt1m, lt3m, lt5m, lt10m, ge10m}. */
    public record Durations(long averageSeconds, Map<String, Integer> buckets) {
    }

    /** Cases: submitted (delivered + queued), of those queued when answered, and rejected. */
    public record Cases(int submitted, int queued, int rejected) {
    }

    /** Per service: visits in which it was chosen, cases, evaluations and their mean level (0 when none). */
    public record ServiceFigures(String code, int sessions, int submitted, int queued, int rejected, int evaluations,
                                 double averageLevel) {
    }

    /**
     * 好差评 as the districts report it: levels 1..5 ({@code levels[0]} is level 1), 差评 = levels 1–2
     * with their reasons, satisfaction = levels 3–5 over all evaluations (null when there are none).
     */
    public record Evaluations(int count, List<Integer> levels, int bad, Map<String, Integer> badReasons,
                              Double satisfactionRate, double averageLevel) {
    }

    /** A device over the period: % of the period it was ready (the zone is open 24 h), time down and faults. */
    public record DeviceFigures(String id, double availabilityPercent, long downSeconds, int faults) {
    }

    public record Downtime(long seconds, int periods) {
    }

    /** The outbox now: cases waiting, and the oldest one's age. */
    public record Backlog(int depth, Long oldestAgeSeconds) {
    }

    public record DayFigures(LocalDate date, int visits, int submitted, int evaluations) {
    }

    public record DayServiceRow(LocalDate date, String serviceCode, int sessions, int casesSubmitted, int casesQueued,
                                int casesRejected, int evaluations, double averageLevel) {
    }

    /** Nothing happened in the period. */
    public boolean empty() {
        return visits == 0 && perDay.isEmpty() && devices.stream().allMatch(d -> d.faults() == 0 && d.downSeconds() == 0)
                && offline.seconds() == 0 && outOfService.isEmpty();
    }
}
