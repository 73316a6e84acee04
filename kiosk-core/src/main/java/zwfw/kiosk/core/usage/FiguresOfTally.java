package zwfw.kiosk.core.usage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import zwfw.kiosk.core.usage.UsageFigures.Backlog;
import zwfw.kiosk.core.usage.UsageFigures.DayFigures;
import zwfw.kiosk.core.usage.UsageFigures.DayServiceRow;
import zwfw.kiosk.core.usage.UsageFigures.DeviceFigures;
import zwfw.kiosk.core.usage.UsageFigures.Downtime;
import zwfw.kiosk.core.usage.UsageFigures.Evaluations;
import zwfw.kiosk.core.usage.UsageFigures.FunnelStage;
import zwfw.kiosk.core.usage.UsageFigures.ServiceFigures;

/** Reads a period's {@link UsageTally} counters into {@link UsageFigures}. */
final class FiguresOfTally {
    private static final String SEP = UsageTally.SEP;

    private FiguresOfTally() {
    }

    static UsageFigures figures(LocalDate from, LocalDate to, ZoneId zone, boolean seeded, UsageTally tally,
                                List<String> devices, long periodMs, Backlog backlog) {
        Map<String, Long> t = tally.total();
        int visits = count(t, UsageTally.VISITS);
        List<FunnelStage> funnel = new ArrayList<>();
        for (VisitRecord.Stage s : VisitRecord.Stage.values()) {
            funnel.add(new FunnelStage(s.name(), count(t, UsageTally.key("funnel", s.name()))));
        }
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (VisitRecord.Outcome o : VisitRecord.Outcome.values()) {
            outcomes.put(o.name(), count(t, UsageTally.key("outcome", o.name())));
        }
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (int max : UsageTally.DURATION_BUCKETS) {
            buckets.put("lt" + max + "m", count(t, UsageTally.key("duration", "lt" + max + "m")));
        }
        String last = "ge" + UsageTally.DURATION_BUCKETS[UsageTally.DURATION_BUCKETS.length - 1] + "m";
        buckets.put(last, count(t, UsageTally.key("duration", last)));
        long avgSeconds = visits == 0 ? 0 : Math.round(t.getOrDefault(UsageTally.DURATION_MS, 0L) / 1000.0 / visits);
        List<Integer> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(count(t, UsageTally.key("hour", String.format("%02d", h))));
        }
        int[] weekdays = new int[7];
        tally.days().forEach((day, c) -> weekdays[day.getDayOfWeek().getValue() - 1] += count(c, UsageTally.VISITS));
        Map<String, Integer> ident = new LinkedHashMap<>();
        for (VisitRecord.Identification i : VisitRecord.Identification.values()) {
            ident.put(i.name(), count(t, UsageTally.key("ident", i.name())));
        }
        Map<String, Integer> receipts = new LinkedHashMap<>();
        for (VisitRecord.Receipt r : VisitRecord.Receipt.values()) {
            receipts.put(r.name(), count(t, UsageTally.key("receipt", r.name())));
        }
        List<ServiceFigures> services = services(t);
        UsageFigures.Cases cases = new UsageFigures.Cases(services.stream().mapToInt(ServiceFigures::submitted).sum(),
                services.stream().mapToInt(ServiceFigures::queued).sum(), services.stream().mapToInt(ServiceFigures::rejected).sum());
        Map<String, Downtime> oos = new TreeMap<>();
        for (String reason : subjects(t, "oos")) {
            oos.put(reason, new Downtime(t.getOrDefault(UsageTally.key("oos", reason, "ms"), 0L) / 1000,
                    count(t, UsageTally.key("oos", reason, "count"))));
        }
        List<DeviceFigures> deviceFigures = new ArrayList<>();
        for (String id : devices) {
            long down = Math.min(periodMs, t.getOrDefault(UsageTally.key("device", id, "down_ms"), 0L));
            double availability = periodMs == 0 ? 100.0 : round1(100.0 * (periodMs - down) / periodMs);
            deviceFigures.add(new DeviceFigures(id, availability, down / 1000, count(t, UsageTally.key("device", id, "faults"))));
        }
        return new UsageFigures(from, to, zone.getId(), seeded, visits, outcomes, funnel, prefixed(t, "abandoned"),
                new UsageFigures.Durations(avgSeconds, buckets), byHour, List.of(weekdays[0], weekdays[1], weekdays[2],
                weekdays[3], weekdays[4], weekdays[5], weekdays[6]), ident, count(t, UsageTally.AGENT),
                count(t, UsageTally.ELDERLY), prefixed(t, "lang"), receipts, cases, services, prefixed(t, "dept"),
                evaluations(t), deviceFigures, new Downtime(t.getOrDefault(UsageTally.OFFLINE_MS, 0L) / 1000,
                count(t, UsageTally.OFFLINE_COUNT)), oos, backlog, perDay(tally), rows(tally));
    }

    private static Evaluations evaluations(Map<String, Long> t) {
        List<Integer> levels = new ArrayList<>();
        int count = 0;
        long sum = 0;
        for (int level = 1; level <= 5; level++) {
            int n = count(t, UsageTally.key("level", Integer.toString(level)));
            levels.add(n);
            count += n;
            sum += (long) n * level;
        }
        int bad = levels.get(0) + levels.get(1);
        Double satisfaction = count == 0 ? null : round1(100.0 * (count - bad) / count);
        return new Evaluations(count, levels, bad, sortedByCount(prefixed(t, "bad")), satisfaction,
                count == 0 ? 0 : round2((double) sum / count));
    }

    private static List<ServiceFigures> services(Map<String, Long> t) {
        List<ServiceFigures> out = new ArrayList<>();
        for (String code : subjects(t, "svc")) {
            out.add(service(t, code));
        }
        out.sort((a, b) -> a.sessions() != b.sessions() ? Integer.compare(b.sessions(), a.sessions()) : a.code().compareTo(b.code()));
        return out;
    }

    private static ServiceFigures service(Map<String, Long> c, String code) {
        int evaluations = count(c, UsageTally.key("svc", code, "evaluations"));
        long levelSum = c.getOrDefault(UsageTally.key("svc", code, "levelsum"), 0L);
        return new ServiceFigures(code, count(c, UsageTally.key("svc", code, "sessions")),
                count(c, UsageTally.key("svc", code, "submitted")), count(c, UsageTally.key("svc", code, "queued")),
                count(c, UsageTally.key("svc", code, "rejected")), evaluations,
                evaluations == 0 ? 0 : round2((double) levelSum / evaluations));
    }

    private static List<DayFigures> perDay(UsageTally tally) {
        List<DayFigures> out = new ArrayList<>();
        tally.days().forEach((day, c) -> {
            int submitted = 0;
            int evaluations = 0;
            for (String code : subjects(c, "svc")) {
                submitted += count(c, UsageTally.key("svc", code, "submitted"));
            }
            for (int level = 1; level <= 5; level++) {
                evaluations += count(c, UsageTally.key("level", Integer.toString(level)));
            }
            out.add(new DayFigures(day, count(c, UsageTally.VISITS), submitted, evaluations));
        });
        return out;
    }

    private static List<DayServiceRow> rows(UsageTally tally) {
        List<DayServiceRow> out = new ArrayList<>();
        tally.days().forEach((day, c) -> {
            for (String code : subjects(c, "svc")) {
                ServiceFigures s = service(c, code);
                out.add(new DayServiceRow(day, code, s.sessions(), s.submitted(), s.queued(), s.rejected(), s.evaluations(),
                        s.averageLevel()));
            }
        });
        return out;
    }

    /** The middle parts of counters {@code prefix|subject|what}, sorted. */
    private static TreeSet<String> subjects(Map<String, Long> c, String prefix) {
        TreeSet<String> out = new TreeSet<>();
        String p = prefix + SEP;
        for (String k : c.keySet()) {
            int last = k.lastIndexOf(SEP);
            if (k.startsWith(p) && last > p.length() - 1) {
                out.add(k.substring(p.length(), last));
            }
        }
        return out;
    }

    /** Counters {@code prefix|name}, by name, sorted. */
    private static Map<String, Integer> prefixed(Map<String, Long> c, String prefix) {
        Map<String, Integer> out = new TreeMap<>();
        String p = prefix + SEP;
        c.forEach((k, v) -> {
            if (k.startsWith(p)) {
                out.merge(k.substring(p.length()), v.intValue(), Integer::sum);
            }
        });
        return out;
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Integer.compare(b.getValue(), a.getValue())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static int count(Map<String, Long> c, String key) {
        return (int) (long) c.getOrDefault(key, 0L);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
