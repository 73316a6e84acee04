package zwfw.kiosk.core.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Usage as counters per day (in the configured zone): what one visit or one period adds, and what a
 * day rolled up into daily totals keeps. Raw events and roll-ups are added the same way, so a period
 * reads the same before and after its events are rolled up. Counter names are stored; never rename one.
 */
final class UsageTally {
    static final String SEP = "|";
    static final String VISITS = "visits";
    static final String DURATION_MS = "duration_ms";
    static final String AGENT = "agent";
    static final String ELDERLY = "elderly";
    static final String OFFLINE_MS = "offline" + SEP + "ms";
    static final String OFFLINE_COUNT = "offline" + SEP + "count";
    /** Upper bounds (minutes) of the duration buckets; the last bucket has none. */
    static final int[] DURATION_BUCKETS = {1, 3, 5, 10};

    private final ZoneId zone;
    private final TreeMap<LocalDate, Map<String, Long>> days = new TreeMap<>();

    UsageTally(ZoneId zone) {
        this.zone = zone;
    }

    TreeMap<LocalDate, Map<String, Long>> days() {
        return days;
    }

    void add(LocalDate day, String counter, long value) {
        if (value != 0) {
            days.computeIfAbsent(day, d -> new HashMap<>()).merge(counter, value, Long::sum);
        }
    }

    void addAll(Map<LocalDate, Map<String, Long>> rolledUp) {
        rolledUp.forEach((day, counters) -> counters.forEach((k, v) -> add(day, k, v)));
    }

    void addVisit(VisitRecord v) {
        ZonedDateTime at = v.startedAt().atZone(zone);
        LocalDate d = at.toLocalDate();
        add(d, VISITS, 1);
        add(d, key("outcome", v.outcome().name()), 1);
        if (v.outcome() == VisitRecord.Outcome.ABANDONED || v.outcome() == VisitRecord.Outcome.TIMED_OUT) {
            add(d, key("abandoned", v.lastStep()), 1);
        }
        for (VisitRecord.Stage s : VisitRecord.Stage.values()) {
            if (s.compareTo(v.furthest()) <= 0) {
                add(d, key("funnel", s.name()), 1);
            }
        }
        long ms = v.duration().toMillis();
        add(d, DURATION_MS, ms);
        add(d, key("duration", durationBucket(ms)), 1);
        add(d, key("hour", String.format("%02d", at.getHour())), 1);
        add(d, key("ident", v.identification().name()), 1);
        add(d, AGENT, v.agent() ? 1 : 0);
        add(d, ELDERLY, v.elderly() ? 1 : 0);
        add(d, key("lang", v.language().isEmpty() ? "unknown" : v.language()), 1);
        add(d, key("receipt", v.receipt().name()), 1);
        if (v.serviceCode() != null) {
            String svc = key("svc", v.serviceCode());
            add(d, key(svc, "sessions"), 1);
            if (v.caseResult() != null) {
                switch (v.caseResult()) {
                    case DELIVERED -> add(d, key(svc, "submitted"), 1);
                    case QUEUED -> {
                        add(d, key(svc, "submitted"), 1);
                        add(d, key(svc, "queued"), 1);
                    }
                    case REJECTED -> add(d, key(svc, "rejected"), 1);
                }
                if (v.caseResult() != VisitRecord.CaseResult.REJECTED) {
                    add(d, key("dept", v.department() == null ? "" : v.department()), 1);
                }
            }
            if (v.evaluationLevel() > 0) {
                add(d, key(svc, "evaluations"), 1);
                add(d, key(svc, "levelsum"), v.evaluationLevel());
            }
        }
        if (v.evaluationLevel() > 0) {
            add(d, key("level", Integer.toString(v.evaluationLevel())), 1);
            v.badReasons().forEach(r -> add(d, key("bad", r), 1));
        }
    }

    /** A period's time inside [from, to), split by day; counted once, on the day it started, if that is inside. */
    void addPeriod(UsagePeriod p, Instant from, Instant to, Instant now) {
        String msKey;
        String countKey;
        switch (p.kind()) {
            case DEVICE_FAULT -> {
                msKey = key("device", p.subject(), "down_ms");
                countKey = key("device", p.subject(), "faults");
            }
            case OFFLINE -> {
                msKey = OFFLINE_MS;
                countKey = OFFLINE_COUNT;
            }
            default -> {
                msKey = key("oos", p.subject(), "ms");
                countKey = key("oos", p.subject(), "count");
            }
        }
        if (!p.start().isBefore(from) && p.start().isBefore(to)) {
            add(p.start().atZone(zone).toLocalDate(), countKey, 1);
        }
        Instant end = p.end() == null ? now : p.end();
        Instant a = p.start().isAfter(from) ? p.start() : from;
        Instant b = end.isBefore(to) ? end : to;
        LocalDate day = a.atZone(zone).toLocalDate();
        while (a.isBefore(b)) {
            Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant upTo = nextDay.isBefore(b) ? nextDay : b;
            add(day, msKey, upTo.toEpochMilli() - a.toEpochMilli());
            a = upTo;
            day = day.plusDays(1);
        }
    }

    static String key(String... parts) {
        return String.join(SEP, parts);
    }

    static String durationBucket(long ms) {
        long minutes = ms / 60_000;
        for (int max : DURATION_BUCKETS) {
            if (minutes < max) {
                return "lt" + max + "m";
            }
        }
        return "ge" + DURATION_BUCKETS[DURATION_BUCKETS.length - 1] + "m";
    }

    /** All days' counters summed. */
    Map<String, Long> total() {
        Map<String, Long> sum = new TreeMap<>();
        days.values().forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Long::sum)));
        return sum;
    }
}
