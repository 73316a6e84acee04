package zwfw.kiosk.drivers.docprinter.ipp;

import static com.hp.jipp.model.Types.jobImpressionsCompleted;
import static com.hp.jipp.model.Types.jobState;
import static com.hp.jipp.model.Types.jobStateReasons;
import static com.hp.jipp.model.Types.requestedAttributes;
import static com.hp.jipp.model.Types.requestingUserName;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.JobState;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobProgress;
import zwfw.kiosk.drivers.docprinter.JobTracker;

/**
 * Follows the printer's jobs of one request with Get-Job-Attributes every poll until all are
 * {@code completed}, one is {@code aborted} or {@code canceled}, they stay {@code processing-stopped}
 * past the grace, the time runs out, or the printer stops answering. Jobs that will not end well
 * are canceled, so a stopped job cannot print later for whoever stands at the kiosk then.
 */
final class IppJobFollower implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(IppJobFollower.class);
    /** Polls in a row without an answer before the job is given up as lost. */
    private static final int LOST_AFTER_FAILURES = 5;

    private final IppClient client;
    private final URI printer;
    private final List<Integer> jobIds;
    private final int pagesTotal;
    /** Copies the printer turned down after taking the first: the request cannot end COMPLETED. */
    private final int copiesRefused;
    private final JobTracker tracker;
    private final IppSettings settings;
    private final Supplier<DocumentPrinterStatus> statusAtEnd;
    /** Asks the printer (and the device behind a queue) now: a job can be stuck without its own state saying so. */
    private final Supplier<DocumentPrinterStatus> printerNow;
    private final long started = System.nanoTime();
    private long stoppedSince = -1;
    private int failures;
    private volatile ScheduledFuture<?> task;

    IppJobFollower(IppClient client, URI printer, List<Integer> jobIds, int pagesTotal, int copiesRefused, JobTracker tracker,
                   IppSettings settings, Supplier<DocumentPrinterStatus> printerNow, Supplier<DocumentPrinterStatus> statusAtEnd) {
        this.client = client;
        this.printer = printer;
        this.jobIds = List.copyOf(jobIds);
        this.pagesTotal = pagesTotal;
        this.copiesRefused = copiesRefused;
        this.tracker = tracker;
        this.settings = settings;
        this.printerNow = printerNow;
        this.statusAtEnd = statusAtEnd;
    }

    void start(ScheduledExecutorService poller) {
        long every = settings.poll().toMillis();
        task = poller.scheduleWithFixedDelay(this, every / 2, every, TimeUnit.MILLISECONDS);
    }

    /** Ends the job as lost (the device is closing). */
    void abandon() {
        end(JobOutcome.LOST, 0, List.of("kiosk-closed-device"), false);
    }

    @Override
    public void run() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("following job(s) {} failed: {}", jobIds, e.toString());
            end(JobOutcome.LOST, 0, List.of("follower-failed"), false);
        }
    }

    private void poll() {
        List<JobState> states = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        int done = 0;
        for (int id : jobIds) {
            AttributeGroup job = ask(id);
            if (job == null) {
                if (++failures >= LOST_AFTER_FAILURES) {
                    end(JobOutcome.LOST, done, List.of("no-answer"), false);
                }
                return;
            }
            JobState s = job.getValue(jobState);
            states.add(s == null ? JobState.pending : s);
            List<String> r = job.getValues(jobStateReasons);
            if (r != null) {
                r.stream().filter(x -> !x.equals("none")).forEach(reasons::add);
            }
            Integer impressions = job.getValue(jobImpressionsCompleted);
            done += impressions == null ? 0 : impressions;
        }
        failures = 0;
        List<String> why = List.copyOf(reasons);
        if (states.stream().allMatch(JobState.completed::equals)) {
            if (copiesRefused > 0) {
                List<String> shortBy = new java.util.ArrayList<>(why);
                shortBy.add(copiesRefused + "-copies-refused-by-printer");
                end(JobOutcome.ABORTED, pagesTotal / (jobIds.size() + copiesRefused) * jobIds.size(), shortBy, false);
            } else {
                end(JobOutcome.COMPLETED, pagesTotal, why, false);
            }
            return;
        }
        if (states.contains(JobState.aborted)) {
            end(JobOutcome.ABORTED, done, why, true);
            return;
        }
        if (states.contains(JobState.canceled)) {
            end(JobOutcome.CANCELED, done, why, true);
            return;
        }
        long now = System.nanoTime();
        // processing-stopped (an IPP printer stopped in the middle); or the printer cannot print while the job waits
        // (CUPS puts the job back to pending when its queue stops, and a queue's device may run out of paper)
        DocumentPrinterStatus printer = printerNow.get();
        boolean stopped = states.contains(JobState.processingStopped) || printer.refusal().isPresent();
        if (printer.refusal().isPresent()) {
            printer.reasons().forEach(r -> reasons.add("printer-" + r));
            reasons.add("printer-" + printer.refusal().get().name().toLowerCase(java.util.Locale.ROOT));
            why = List.copyOf(reasons);
        }
        if (stopped) {
            stoppedSince = stoppedSince < 0 ? now : stoppedSince;
            if (now - stoppedSince >= settings.stoppedGrace().toNanos()) {
                end(JobOutcome.STOPPED, done, why, true);
                return;
            }
        } else {
            stoppedSince = -1;
        }
        if (now - started >= settings.jobTimeout().toNanos()) {
            end(JobOutcome.TIMED_OUT, done, why, true);
            return;
        }
        JobProgress.Phase phase = stopped ? JobProgress.Phase.STOPPED
                : states.stream().anyMatch(s -> s.equals(JobState.processing) || s.equals(JobState.completed))
                ? JobProgress.Phase.PRINTING : JobProgress.Phase.QUEUED;
        tracker.update(new JobProgress(phase, done, pagesTotal, why));
    }

    private AttributeGroup ask(int id) {
        try {
            IppPacket answer = client.send(printer, IppPacket.getJobAttributes(printer, id).putOperationAttributes(
                    requestingUserName.of(IppDocumentPrinter.USER_NAME),
                    requestedAttributes.of(List.of(jobState.getName(), jobStateReasons.getName(),
                            jobImpressionsCompleted.getName()))), null);
            if (answer.getCode() >= 0x0100) {
                log.warn("printer answered Get-Job-Attributes for job {} with status 0x{}", id, Integer.toHexString(answer.getCode()));
                return null;
            }
            return answer.get(Tag.jobAttributes);
        } catch (IOException e) {
            return null;
        }
    }

    private void end(JobOutcome outcome, int done, List<String> reasons, boolean cancelRest) {
        if (task != null) {
            task.cancel(false);
        }
        if (tracker.result().isDone()) {
            return;
        }
        if (cancelRest) {
            jobIds.forEach(this::cancel);
        }
        int pages = Math.min(done, pagesTotal);
        log.info("document job(s) {} ended {} ({}/{} pages) {}", jobIds, outcome, pages, pagesTotal, reasons);
        tracker.finish(new DocumentPrintResult(outcome, null, pages, pagesTotal, jobIds, reasons, statusAtEnd.get()));
    }

    private void cancel(int id) {
        try {
            IppPacket answer = client.send(printer, IppPacket.cancelJob(printer, id)
                    .putOperationAttributes(requestingUserName.of(IppDocumentPrinter.USER_NAME)), null);
            int code = answer.getCode();
            // 0x0407 not-possible: the job has ended meanwhile; nothing left to stop.
            if (code >= 0x0100 && code != 0x0407) {
                log.warn("printer refused to cancel job {} (status 0x{}): it may still print", id, Integer.toHexString(code));
            }
        } catch (IOException e) {
            log.warn("could not cancel job {}: {}", id, e.getMessage());
        }
    }
}
