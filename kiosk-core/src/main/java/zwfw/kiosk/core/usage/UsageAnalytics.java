package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import zwfw.kiosk.core.usage.UsageFigures.Backlog;

/**
 * Computes {@link UsageFigures} for a period from the usage store: raw events of the days still
 * kept, daily totals of the days rolled up. Days are days of the clock's zone (the configured
 * {@code KioskConfig.clock()}); a period ends now at the latest, so today's availability is of the
 * hours gone by. The one place aggregates are made: screen, reports and metrics all call this.
 */
public final class UsageAnalytics {
    /** The longest period asked for at once (ten years): bounds the work of one question. */
    public static final int MAX_DAYS = 3660;

    private final UsageJournal journal;
    private final Clock clock;

    public UsageAnalytics(UsageJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the configured zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of days {@code from} to {@code to} (both included).
     *
     * @param deviceIds the configured devices, shown at 100 % when nothing went wrong with them
     * @param backlog   the outbox's backlog now, or null
     */
    public UsageFigures figures(LocalDate from, LocalDate to, Collection<String> deviceIds, Backlog backlog) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a period of at most " + MAX_DAYS + " days, not " + from + " to " + to);
        }
        ZoneId zone = zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        UsageTally tally = new UsageTally(zone);
        LocalDate rolled = journal.rolledUpTo().orElse(null);
        tally.addAll(journal.rollups(from, to));
        journal.visits(start, end).forEach(tally::addVisit);
        Instant rawFrom = rolled == null ? start : max(start, rolled.plusDays(1).atStartOfDay(zone).toInstant());
        Instant rawTo = end.isBefore(now) ? end : now;
        if (rawFrom.isBefore(rawTo)) {
            journal.periods(rawFrom, rawTo).forEach(p -> tally.addPeriod(p, rawFrom, rawTo, now));
        }
        long periodMs = Math.max(0, (end.isBefore(now) ? end : now).toEpochMilli() - start.toEpochMilli());
        return FiguresOfTally.figures(from, to, zone, journal.seeded(), tally, devices(deviceIds, tally), periodMs, backlog);
    }

    /** The configured devices and any other device the store names, in that order. */
    private static List<String> devices(Collection<String> configured, UsageTally tally) {
        Set<String> ids = new LinkedHashSet<>(configured);
        for (Map<String, Long> day : tally.days().values()) {
            for (String k : day.keySet()) {
                if (k.startsWith("device" + UsageTally.SEP)) {
                    ids.add(k.substring(7, k.lastIndexOf(UsageTally.SEP)));
                }
            }
        }
        return List.copyOf(ids);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
