package zwfw.kiosk.app.screen;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one worker thread behind the screens (platform calls, printing, outbox writes), so the FX
 * thread never waits. Closing it lets work already handed over finish first, up to a limit: an
 * evaluation queued a moment before shutdown must still reach the outbox, and a receipt being
 * printed must be recorded before the database closes under it.
 */
public final class ScreenWork implements Executor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScreenWork.class);
    private final ExecutorService thread;
    private final Duration drainLimit;

    public ScreenWork(Duration drainLimit) {
        this.drainLimit = drainLimit;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-screen-work");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // Only after close(): the kiosk is stopping and the screen asking for it is gone.
            log.warn("screen work refused after shutdown");
        }
    }

    /** Finishes what was handed over (up to the drain limit), then stops; returns whether all finished. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(drainLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("screen work still running after {} ms at shutdown; interrupting it", drainLimit.toMillis());
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
