package zwfw.kiosk.drivers.docprinter;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One print request as it goes through the printer. Refused jobs are done at once. Progress
 * listeners are called on the printer's event thread, never on the caller's.
 */
public interface DocumentJob {

    /** Where the job is now (never blocks). */
    JobProgress progress();

    /** Completes when the job ends, however it ends; never completes exceptionally. */
    CompletableFuture<DocumentPrintResult> result();

    /** Hears each change of progress until the job ends (the last call has phase {@code ENDED}). */
    void onProgress(Consumer<JobProgress> listener);

    /** Waits for the end (a blocking device call). Past {@code limit}, returns empty-handed with the job still followed. */
    default Optional<DocumentPrintResult> await(Duration limit) {
        try {
            return Optional.of(result().get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
