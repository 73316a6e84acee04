package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.storage.StorageException;

/**
 * The screens' side of the {@link UsageLog}: {@link #record} returns at once and the count is
 * written on a thread of its own, so a tap never waits for the disk; {@link #timesChosen} answers
 * from memory (the last {@value #WINDOW_DAYS} days, loaded from the database, plus what was chosen
 * since), so "most used first" holds from the first tap after a restart. {@link #close()} writes
 * what is still pending. The visits' records and the periods of downtime
 * ({@link UsageJournal}) are written on the same thread.
 */
public final class UsageRecorder implements AutoCloseable {
    /** How many days of choices order the home screen. */
    public static final int WINDOW_DAYS = 30;
    /** How often the writer thread looks whether a new day began (and the roll-up is due). */
    static final Duration DAY_CHECK = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(UsageRecorder.class);

    private final UsageLog usage;
    private final UsageJournal journal;
    private final Clock clock;
    /** Open periods by kind and subject, with their row ids; touched only on the writer thread. */
    private final Map<String, Long> openPeriods = new HashMap<>();
    /** Also runs the daily roll-up, so it never meets a write half-way and never runs on the FX thread. */
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-usage-writer");
        t.setDaemon(true);
        return t;
    });
    private Map<String, Integer> chosen = new HashMap<>();
    private LocalDate loadedOn;
    /** A reload of the window is queued on the writer thread. */
    private boolean reloading;
    /** The day of the last roll-up; touched only on the writer thread. */
    private LocalDate rolledUpOn;

    public UsageRecorder(UsageLog usage, Clock clock) {
        this.usage = usage;
        this.journal = new UsageJournal(usage.database());
        this.clock = clock;
        reloadIfNewDay();
    }

    /** The clock days and times are taken from (the configured zone). */
    public Clock clock() {
        return clock;
    }

    /** The store of visits and periods this recorder writes, for {@link UsageAnalytics}. */
    public UsageJournal journal() {
        return journal;
    }

    /**
     * The running kiosk's duties: at its start periods a previous run left open end now; events
     * older than {@code retentionDays} are rolled up into daily totals at the start and again
     * after each midnight in the clock's zone (a kiosk runs for weeks); each device's faults are
     * followed from now on.
     */
    public DeviceAvailability followKiosk(java.util.List<zwfw.kiosk.drivers.device.Device> devices, int retentionDays) {
        return followKiosk(devices, retentionDays, DAY_CHECK);
    }

    /** {@link #followKiosk(java.util.List, int)} looking for a new day every {@code dayCheck}. */
    DeviceAvailability followKiosk(java.util.List<zwfw.kiosk.drivers.device.Device> devices, int retentionDays, Duration dayCheck) {
        submit(() -> journal.closeOpenPeriods(clock.instant()));
        submit(() -> rollUpOnNewDay(retentionDays));
        writer.scheduleWithFixedDelay(() -> submitted(() -> rollUpOnNewDay(retentionDays)),
                dayCheck.toMillis(), dayCheck.toMillis(), TimeUnit.MILLISECONDS);
        DeviceAvailability availability = new DeviceAvailability(this);
        availability.watch(devices);
        return availability;
    }

    /** A finished visit's record; written in the background. */
    public void recordVisit(VisitRecord visit) {
        submit(() -> journal.recordVisit(visit));
    }

    /**
     * A period of downtime begins ({@code down}) or ends: one open period per kind and subject, so
     * telling the same twice changes nothing. Written in the background, stamped now.
     */
    public void period(UsagePeriod.Kind kind, String subject, String detail, boolean down) {
        java.time.Instant at = clock.instant();
        String key = kind + "/" + subject;
        submit(() -> {
            Long open = openPeriods.get(key);
            if (down && open == null) {
                openPeriods.put(key, journal.openPeriod(kind, subject, detail, at));
            } else if (!down && open != null) {
                journal.closePeriod(open, at);
                openPeriods.remove(key);
            }
        });
    }

    /** The platform answered ({@code true}) or could not be reached: offline periods. */
    public void platformReachable(boolean reachable) {
        period(UsagePeriod.Kind.OFFLINE, UsagePeriod.PLATFORM, "", !reachable);
    }

    /** Once a day (the first check of a new day in the clock's zone): the retention roll-up. */
    private void rollUpOnNewDay(int retentionDays) {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(rolledUpOn)) {
            return;
        }
        new UsageRetention(journal, clock).rollUp(retentionDays);
        rolledUpOn = today;
    }

    /** Runs a write here (on the writer thread); a storage fault is logged, never ends the thread's schedule. */
    private static void submitted(Runnable write) {
        try {
            write.run();
        } catch (StorageException e) {
            log.warn("usage event not stored: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("usage duty failed: {}", e.toString());
        }
    }

    private void submit(Runnable write) {
        try {
            writer.execute(() -> submitted(write));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("usage event not stored: the kiosk is stopping");
        }
    }

    /** Counts an event of a service (null: of no service); written in the background. */
    public void record(UsageEvent event, String serviceCode) {
        if (event == UsageEvent.SERVICE_CHOSEN && serviceCode != null) {
            synchronized (this) {
                chosen.merge(serviceCode, 1, Integer::sum);
            }
        }
        try {
            writer.execute(() -> write(event, serviceCode));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("usage {} of {} not counted: the kiosk is stopping", event, serviceCode);
        }
    }

    /**
     * How often a service was chosen in the last {@value #WINDOW_DAYS} days, from memory: the home screen asks on the
     * JavaFX thread. After midnight the window is read again on the writer thread; until then yesterday's orders.
     */
    public synchronized int timesChosen(String serviceCode) {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(loadedOn) && !reloading) {
            reloading = true;
            try {
                writer.execute(this::reloadWindow);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                reloading = false; // stopping: the window stays as it is
            }
        }
        return chosen.getOrDefault(serviceCode, 0);
    }

    /** On the writer thread: the window read without holding the lock the screen's {@link #timesChosen} takes. */
    private void reloadWindow() {
        LocalDate day = LocalDate.now(clock);
        Map<String, Integer> fresh = null;
        try {
            fresh = new HashMap<>(usage.counts(UsageEvent.SERVICE_CHOSEN, WINDOW_DAYS));
        } catch (StorageException e) {
            log.warn("usage counts not read, services keep yesterday's order: {}", e.getMessage());
        }
        synchronized (this) {
            if (fresh != null) {
                chosen = fresh; // a choice counted while this was read is in the file; memory misses it until tomorrow
            }
            loadedOn = day;
            reloading = false;
        }
    }

    /** The window read at start, on the thread that builds the kiosk. */
    private synchronized void reloadIfNewDay() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(loadedOn)) {
            return;
        }
        try {
            chosen = new HashMap<>(usage.counts(UsageEvent.SERVICE_CHOSEN, WINDOW_DAYS));
        } catch (StorageException e) {
            // Ordering falls back to the catalog's order; the kiosk keeps serving.
            log.warn("usage counts not read, services keep the catalog's order: {}", e.getMessage());
        }
        loadedOn = today;
    }

    private void write(UsageEvent event, String serviceCode) {
        try {
            usage.record(event, serviceCode);
        } catch (StorageException e) {
            log.warn("usage {} of {} not counted: {}", event, serviceCode, e.getMessage());
        }
    }

    /** Waits briefly for pending counts to reach the database. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("usage counts still pending at shutdown were dropped");
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.shutdownNow();
        }
    }
}
