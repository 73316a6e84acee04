package zwfw.kiosk.drivers.docprinter;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The {@link DocumentJob} drivers hand out and update: they report progress with
 * {@link #update} and the end with {@link #finish}; listeners hear both on the executor given
 * (the device's event thread).
 */
public final class JobTracker implements DocumentJob {
    private final Executor events;
    private final CompletableFuture<DocumentPrintResult> result = new CompletableFuture<>();
    private final List<Consumer<JobProgress>> listeners = new CopyOnWriteArrayList<>();
    private volatile JobProgress progress;

    public JobTracker(Executor events, int pagesTotal) {
        this.events = Objects.requireNonNull(events);
        this.progress = new JobProgress(JobProgress.Phase.QUEUED, 0, pagesTotal, List.of());
    }

    /** A job refused before sending: already ended. */
    public static JobTracker refused(Executor events, DocumentRefusal refusal, DocumentPrinterStatus status) {
        JobTracker t = new JobTracker(events, 0);
        t.finish(DocumentPrintResult.refused(refusal, status));
        return t;
    }

    @Override
    public JobProgress progress() {
        return progress;
    }

    @Override
    public CompletableFuture<DocumentPrintResult> result() {
        return result;
    }

    @Override
    public void onProgress(Consumer<JobProgress> listener) {
        listeners.add(Objects.requireNonNull(listener));
        JobProgress now = progress;
        if (now.phase() == JobProgress.Phase.ENDED) {
            events.execute(() -> listener.accept(now));
        }
    }

    /** Reports progress; ignored once ended, and when nothing changed. */
    public void update(JobProgress next) {
        JobProgress previous;
        synchronized (this) {
            previous = progress;
            if (previous.phase() == JobProgress.Phase.ENDED || previous.equals(next)) {
                return;
            }
            progress = next;
        }
        tell(next);
    }

    /** Ends the job once; later calls are ignored. */
    public void finish(DocumentPrintResult end) {
        JobProgress last;
        synchronized (this) {
            if (progress.phase() == JobProgress.Phase.ENDED) {
                return;
            }
            last = new JobProgress(JobProgress.Phase.ENDED, end.pagesDone(), Math.max(end.pagesTotal(), end.pagesDone()),
                    end.jobReasons());
            progress = last;
        }
        tell(last);
        result.complete(end);
    }

    private void tell(JobProgress p) {
        for (Consumer<JobProgress> l : listeners) {
            events.execute(() -> l.accept(p));
        }
    }
}
