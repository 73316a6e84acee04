package zwfw.kiosk.core.lifecycle;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;

/**
 * Single-thread lanes for slow work handed over by the visit (device questions, submissions, speech, document
 * printing): daemon threads with a name, and work that fails or arrives after shutdown is logged in one line
 * instead of escaping to whoever handed it over.
 */
public final class WorkLanes {
    private WorkLanes() {
    }

    public static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on {@code lane}; {@code what} names it in the log ("visit work", "document work"). */
    public static void run(ExecutorService lane, Runnable work, Logger log, String what) {
        try {
            lane.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("{} failed: {}", what, e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("{} refused: the kiosk is stopping", what);
        }
    }
}
