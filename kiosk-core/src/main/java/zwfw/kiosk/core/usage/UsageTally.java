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

    /** Counter names built once: a month of visits adds some 300 000 counts. */
    private static final String[] OUTCOME = names("outcome", VisitRecord.Outcome.values());
    private static final String[] FUNNEL = names("funnel", VisitRecord.Stage.values());
    private static final String[] IDENT = names("ident", VisitRecord.Identification.values());
    private static final String[] RECEIPT = names("receipt", VisitRecord.Receipt.values());
    private static final String[] HOUR = new String[24];
    private static final String[] LEVEL = new String[6];

    static {
        for (int h = 0; h < 24; h++) {
            HOUR[h] = key("hour", String.format("%02d", h));
        }
        for (int l = 1; l <= 5; l++) {
            LEVEL[l] = key("level", Integer.toString(l));
        }
    }

    private final Map<String, String[]> serviceKeys = new HashMap<>();
    private final Map<String, String> otherKeys = new HashMap<>();

    private static String[] names(String prefix, Enum<?>[] values) {
        String[] out = new String[values.length];
        for (Enum<?> e : values) {
            out[e.ordinal()] = key(prefix, e.name());
        }
        return out;
    }

    private String other(String prefix, String name) {
        return otherKeys.computeIfAbsent(prefix + SEP + name, k -> k);
    }

    void addVisit(VisitRecord v) {
        ZonedDateTime at = v.startedAt().atZone(zone);
        Map<String, Long> d = days.computeIfAbsent(at.toLocalDate(), x -> new HashMap<>());
        count(d, VISITS, 1);
        count(d, OUTCOME[v.outcome().ordinal()], 1);
        if (v.outcome() == VisitRecord.Outcome.ABANDONED || v.outcome() == VisitRecord.Outcome.TIMED_OUT) {
            count(d, other("abandoned", v.lastStep()), 1);
        }
        for (int s = 0; s <= v.furthest().ordinal(); s++) {
            count(d, FUNNEL[s], 1);
        }
        long ms = v.duration().toMillis();
        count(d, DURATION_MS, ms);
        count(d, other("duration", durationBucket(ms)), 1);
        count(d, HOUR[at.getHour()], 1);
        count(d, IDENT[v.identification().ordinal()], 1);
        count(d, AGENT, v.agent() ? 1 : 0);
        count(d, ELDERLY, v.elderly() ? 1 : 0);
        count(d, other("lang", v.language().isEmpty() ? "unknown" : v.language()), 1);
        count(d, RECEIPT[v.receipt().ordinal()], 1);
        boolean rated = v.evaluationLevel() >= 1 && v.evaluationLevel() <= 5;
        if (v.serviceCode() != null) {
            String[] svc = serviceKeys.computeIfAbsent(v.serviceCode(), c -> new String[] {key("svc", c, "sessions"),
                    key("svc", c, "submitted"), key("svc", c, "queued"), key("svc", c, "rejected"),
                    key("svc", c, "evaluations"), key("svc", c, "levelsum")});
            count(d, svc[0], 1);
            if (v.caseResult() != null) {
                switch (v.caseResult()) {
                    case DELIVERED -> count(d, svc[1], 1);
                    case QUEUED -> {
                        count(d, svc[1], 1);
                        count(d, svc[2], 1);
                    }
                    case REJECTED -> count(d, svc[3], 1);
                }
                if (v.caseResult() != VisitRecord.CaseResult.REJECTED) {
                    count(d, other("dept", v.department() == null ? "" : v.department()), 1);
                }
            }
            if (rated) {
                count(d, svc[4], 1);
                count(d, svc[5], v.evaluationLevel());
            }
        }
        if (rated) {
            count(d, LEVEL[v.evaluationLevel()], 1);
            v.badReasons().forEach(r -> count(d, other("bad", r), 1));
        }
    }

    private static void count(Map<String, Long> day, String counter, long value) {
        if (value != 0) {
            day.merge(counter, value, Long::sum);
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
