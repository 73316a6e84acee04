package zwfw.kiosk.app.systemd;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pets systemd's watchdog only while the JavaFX thread answers: every period it checks that the
 * probe it posted to that thread last time has run, and only then sends {@code WATCHDOG=1} and
 * posts the next. A frozen UI thread (a hang, a deadlock, a blocking call that never returns)
 * stops the messages, and systemd restarts the kiosk after {@code WatchdogSec=}. The screen never
 * waits for this: the probe is an assignment.
 */
public final class UiWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UiWatchdog.class);

    private final SdNotify notify;
    private final Duration period;
    private final Consumer<Runnable> uiThread;
    private final AtomicBoolean answered = new AtomicBoolean();
    private ScheduledExecutorService timer;
    private boolean silent;

    /**
     * @param period   how often to check; a third of systemd's timeout, so one slow frame never
     *                 costs a restart but a frozen thread does within the timeout
     * @param uiThread runs a probe on the UI thread ({@code Platform::runLater})
     */
    public UiWatchdog(SdNotify notify, Duration period, Consumer<Runnable> uiThread) {
        this.notify = notify;
        this.period = period;
        this.uiThread = uiThread;
    }

    /** The period for a systemd watchdog timeout. */
    public static Duration periodFor(Duration timeout) {
        return timeout.dividedBy(3);
    }

    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ui-watchdog");
            t.setDaemon(true);
            return t;
        });
        probe();
        timer.scheduleAtFixedRate(this::check, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (answered.getAndSet(false)) {
            if (silent) {
                silent = false;
                log.info("JavaFX thread answers again; watchdog messages resume");
            }
            notify.watchdog();
            probe();
        } else if (!silent) {
            silent = true;
            log.warn("JavaFX thread has not answered for {} ms; watchdog messages stop", period.toMillis());
        }
    }

    private void probe() {
        try {
            uiThread.accept(() -> answered.set(true));
        } catch (RuntimeException e) {
            // The toolkit has shut down: no probe can answer, so the watchdog stays silent.
            log.debug("watchdog probe not posted: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
