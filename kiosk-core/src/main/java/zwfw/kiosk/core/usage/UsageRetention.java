package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps usage events for a configured number of days (default {@value #DEFAULT_DAYS}); older days
 * are rolled up into daily totals ({@link UsageTally}'s counters) and their events deleted, so the
 * figures of an old period stay the same while the store stays small.
 */
public final class UsageRetention {
    public static final int DEFAULT_DAYS = 400;
    private static final Logger log = LoggerFactory.getLogger(UsageRetention.class);

    private final UsageJournal journal;
    private final Clock clock;

    public UsageRetention(UsageJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Rolls up every day older than {@code retentionDays} (today excluded) not rolled up yet. */
    public void rollUp(int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retention of at least 1 day, not " + retentionDays);
        }
        ZoneId zone = clock.getZone();
        LocalDate firstKept = LocalDate.now(clock).minusDays(retentionDays);
        LocalDate lastRolled = firstKept.minusDays(1);
        LocalDate done = journal.rolledUpTo().orElse(null);
        if (done != null && !done.isBefore(lastRolled)) {
            return;
        }
        Instant from = done == null ? Instant.EPOCH : done.plusDays(1).atStartOfDay(zone).toInstant();
        Instant cutoff = firstKept.atStartOfDay(zone).toInstant();
        UsageTally tally = new UsageTally(zone);
        journal.visits(from, cutoff).forEach(tally::addVisit);
        journal.periods(from, cutoff).forEach(p -> tally.addPeriod(p, from, cutoff, cutoff));
        journal.rollUp(tally.days(), cutoff, cutoff, lastRolled);
        if (!tally.days().isEmpty()) {
            log.info("usage of {} days up to {} rolled up into daily totals", tally.days().size(), lastRolled);
        }
    }
}
