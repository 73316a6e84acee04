package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import zwfw.kiosk.core.usage.VisitRecord.CaseResult;
import zwfw.kiosk.core.usage.VisitRecord.Identification;
import zwfw.kiosk.core.usage.VisitRecord.Outcome;
import zwfw.kiosk.core.usage.VisitRecord.Receipt;
import zwfw.kiosk.core.usage.VisitRecord.Stage;

/**
 * Fills a store of its own with synthetic usage for demos, tests and benchmarks: busy mornings and
 * a second peak after lunch, quiet nights (the zone is open 24 h), weekends at under half a
 * weekday, about one visit in four abandoned (most on the identify and form steps), a printer that
 * runs out of paper now and then, short network outages and a weekly staff lock to change paper.
 * The store is marked seeded ({@link UsageJournal#seeded()}) and a store holding anything else is
 * refused, so synthetic and real usage never mix. Deterministic for a given random seed.
 */
public final class UsageSeeder {
    /** The seeded store's directory under the data directory (its own {@code kiosk.db}). */
    public static final String SEED_DIRECTORY = "usage-seed";
    public static final int MAX_DAYS = 800;
    public static final int MAX_PER_DAY = 5000;

    /** A service visits may choose: its code, department and how popular it is (relative weight). */
    public record Service(String code, String department, double weight) {
    }

    private static final double[] HOUR_WEIGHTS = {0.15, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 4, 9, 10, 8, 4, 5, 7, 7, 6,
            4, 3, 2, 1.5, 1, 0.6, 0.3};
    private static final String[] BAD_REASONS = {"等待时间长", "操作复杂", "材料要求不清楚", "设备故障", "其他"};

    private final UsageJournal journal;
    private final Clock clock;
    private final Random random;

    public UsageSeeder(UsageJournal journal, Clock clock, long seed) {
        this.journal = journal;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /**
     * Seeds the last {@code days} days up to now, about {@code perDay} visits a day on average (weekdays more, weekends fewer).
     *
     * @throws IllegalStateException when the store already holds usage that was not seeded
     */
    public int seed(int days, int perDay, List<Service> services, List<String> deviceIds) {
        if (days < 1 || days > MAX_DAYS || perDay < 0 || perDay > MAX_PER_DAY) {
            throw new IllegalArgumentException("days 1.." + MAX_DAYS + " and sessions per day 0.." + MAX_PER_DAY);
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("no service to choose from");
        }
        if (!journal.seeded() && !journal.isEmpty()) {
            throw new IllegalStateException("the store " + journal.database().file()
                    + " holds real usage: seeded usage goes into a store of its own");
        }
        journal.markSeeded(clock.instant());
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        int total = 0;
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            List<VisitRecord> visits = new ArrayList<>();
            int n = (int) Math.round(perDay * dayWeight(day) * (0.85 + 0.3 * random.nextDouble()));
            for (int i = 0; i < n; i++) {
                Instant start = day.atStartOfDay(zone).toInstant().plusSeconds(hour() * 3600L + random.nextInt(3600));
                VisitRecord v = visit(start, services);
                if (!v.endedAt().isAfter(now)) {
                    visits.add(v);
                }
            }
            visits.sort((a, b) -> a.startedAt().compareTo(b.startedAt()));
            journal.record(visits, periods(day, zone, now, deviceIds));
            total += visits.size();
        }
        return total;
    }

    /** A Saturday sees 45 % of a weekday, a Sunday 30 %; scaled so that a week averages {@code perDay} a day. */
    private static double dayWeight(LocalDate day) {
        double w = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.45 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.3 : 1.0;
        return w * 7 / (5 + 0.45 + 0.3);
    }

    private int hour() {
        double sum = 0;
        for (double w : HOUR_WEIGHTS) {
            sum += w;
        }
        double r = random.nextDouble() * sum;
        for (int h = 0; h < 24; h++) {
            r -= HOUR_WEIGHTS[h];
            if (r < 0) {
                return h;
            }
        }
        return 23;
    }

    private VisitRecord visit(Instant start, List<Service> services) {
        boolean elderly = random.nextDouble() < 0.12;
        String language = random.nextDouble() < 0.03 ? "en" : "zh";
        double r = random.nextDouble();
        if (r < 0.06) { // a receipt held to the scanner: a progress query
            return record(start, 40, Outcome.COMPLETED, "progress", Stage.STARTED, Identification.NONE, null, null,
                    Receipt.NONE, 0, false, elderly, language);
        }
        if (r < 0.13) { // looked, chose nothing
            return record(start, 25, random.nextBoolean() ? Outcome.ABANDONED : Outcome.TIMED_OUT, "home", Stage.STARTED,
                    Identification.NONE, null, null, Receipt.NONE, 0, false, elderly, language);
        }
        Service s = pick(services);
        boolean agent = random.nextDouble() < 0.06;
        Identification ident = random.nextDouble() < 0.72 ? Identification.CARD : Identification.QR_CODE;
        double leave = random.nextDouble();
        Outcome gaveUp = random.nextDouble() < 0.4 ? Outcome.TIMED_OUT : Outcome.ABANDONED;
        if (leave < 0.08) {
            return record(start, 50, gaveUp, "identify", Stage.SERVICE_CHOSEN, Identification.NONE, s, null, Receipt.NONE, 0,
                    agent, elderly, language);
        }
        if (leave < 0.19) {
            return record(start, 150, gaveUp, "form", Stage.IDENTIFIED, ident, s, null, Receipt.NONE, 0, agent, elderly, language);
        }
        if (leave < 0.23) {
            return record(start, 200, gaveUp, "review", Stage.FORM_FILLED, ident, s, null, Receipt.NONE, 0, agent, elderly,
                    language);
        }
        double c = random.nextDouble();
        CaseResult result = c < 0.9 ? CaseResult.DELIVERED : c < 0.97 ? CaseResult.QUEUED : CaseResult.REJECTED;
        Receipt receipt = result == CaseResult.REJECTED ? Receipt.NONE
                : random.nextDouble() < 0.92 ? Receipt.PRINTED : Receipt.SHOWN_AS_QR;
        int level = result != CaseResult.REJECTED && random.nextDouble() < 0.55 ? level() : 0;
        VisitRecord v = record(start, 240, Outcome.COMPLETED, level > 0 ? "evaluation" : "result", Stage.SUBMITTED, ident,
                s, result, receipt, level, agent, elderly, language);
        if (result == CaseResult.REJECTED) {
            v = new VisitRecord(v.startedAt(), v.endedAt(), v.outcome(), v.lastStep(), Stage.FORM_FILLED, v.identification(),
                    v.serviceCode(), v.department(), v.caseResult(), v.receipt(), 0, List.of(), agent, elderly, language);
        }
        return v;
    }

    private VisitRecord record(Instant start, int typicalSeconds, Outcome outcome, String step, Stage stage,
                               Identification ident, Service s, CaseResult result, Receipt receipt, int level,
                               boolean agent, boolean elderly, String language) {
        double factor = (elderly ? 1.5 : 1.0) * Math.exp(random.nextGaussian() * 0.45);
        long seconds = Math.max(8, Math.round(typicalSeconds * factor)) + (outcome == Outcome.TIMED_OUT ? 60 : 0);
        List<String> reasons = level > 0 && level <= 2 ? List.of(BAD_REASONS[random.nextInt(BAD_REASONS.length)]) : List.of();
        return new VisitRecord(start, start.plus(Duration.ofSeconds(seconds)), outcome, step, stage, ident,
                s == null ? null : s.code(), s == null ? null : s.department(), result, receipt, level, reasons, agent,
                elderly, language);
    }

    private int level() {
        double r = random.nextDouble();
        return r < 0.6 ? 5 : r < 0.82 ? 4 : r < 0.92 ? 3 : r < 0.97 ? 2 : 1;
    }

    private Service pick(List<Service> services) {
        double sum = services.stream().mapToDouble(Service::weight).sum();
        double r = random.nextDouble() * sum;
        for (Service s : services) {
            r -= s.weight();
            if (r < 0) {
                return s;
            }
        }
        return services.get(services.size() - 1);
    }

    /** Paper running out every few days, rare reader faults, short outages, a weekly staff lock. */
    private List<UsagePeriod> periods(LocalDate day, ZoneId zone, Instant now, List<String> deviceIds) {
        List<UsagePeriod> out = new ArrayList<>();
        Instant midnight = day.atStartOfDay(zone).toInstant();
        for (String device : deviceIds) {
            double chance = device.contains("print") ? 0.35 : 0.05;
            if (random.nextDouble() < chance) {
                Instant start = midnight.plusSeconds(8 * 3600L + random.nextInt(10 * 3600));
                Instant end = start.plusSeconds(600 + random.nextInt(4800));
                add(new UsagePeriod(UsagePeriod.Kind.DEVICE_FAULT, device, device.contains("print") ? "PAPER_OUT" : "ERROR",
                        start, end), now, out);
            }
        }
        if (random.nextDouble() < 0.2) {
            Instant start = midnight.plusSeconds(random.nextInt(86_400));
            add(new UsagePeriod(UsagePeriod.Kind.OFFLINE, UsagePeriod.PLATFORM, "", start,
                    start.plusSeconds(300 + random.nextInt(1500))), now, out);
        }
        if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
            Instant start = midnight.plusSeconds(7 * 3600L + random.nextInt(3600));
            add(new UsagePeriod(UsagePeriod.Kind.OUT_OF_SERVICE, "STAFF_LOCK", "", start,
                    start.plusSeconds(900 + random.nextInt(1500))), now, out);
        }
        return out;
    }

    private static void add(UsagePeriod p, Instant now, List<UsagePeriod> out) {
        if (p.end().isBefore(now)) {
            out.add(p);
        }
    }
}
