package zwfw.kiosk.core.availability;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the lock records for the running kiosk: reads them on its own thread every
 * {@code interval} (two tiny files; cheaper and surer than a WatchService on a directory that may
 * not exist yet) and hands every change, and the first reading, to the listener on that thread.
 * {@link #checkNow()} reads at once, for a change this process made itself.
 */
public final class LockWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LockWatch.class);

    private final ServiceLocks locks;
    private final Consumer<Map<LockHolder, ServiceLock>> listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lock-watch");
        t.setDaemon(true);
        return t;
    });
    private Map<LockHolder, ServiceLock> last;

    public LockWatch(ServiceLocks locks, Consumer<Map<LockHolder, ServiceLock>> listener) {
        this.locks = Objects.requireNonNull(locks);
        this.listener = Objects.requireNonNull(listener);
    }

    public void start(Duration interval) {
        long ms = Math.max(50, interval.toMillis());
        timer.scheduleWithFixedDelay(this::poll, 0, ms, TimeUnit.MILLISECONDS);
    }

    /** Reads the records now (on the watch thread) instead of at the next tick. */
    public void checkNow() {
        try {
            timer.execute(this::poll);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closing: nothing to tell anyone any more
        }
    }

    private void poll() {
        try {
            Map<LockHolder, ServiceLock> now = locks.current();
            if (!now.equals(last)) {
                last = now;
                listener.accept(now);
            }
        } catch (RuntimeException e) {
            log.warn("lock records not read: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
