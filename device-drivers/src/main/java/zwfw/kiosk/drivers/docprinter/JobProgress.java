package zwfw.kiosk.drivers.docprinter;

import java.util.List;

/**
 * Where a job is: its phase and pages printed of pages to print ({@code pagesTotal} is pages of
 * the document times copies; {@code pagesDone} is what the printer reports, 0 where it reports
 * nothing until the end). {@code reasons} are the printer's {@code job-state-reasons}.
 */
public record JobProgress(Phase phase, int pagesDone, int pagesTotal, List<String> reasons) {

    public enum Phase {
        /** Accepted, waiting in the queue ({@code pending}, {@code pending-held}). */
        QUEUED,
        PRINTING,
        /** {@code processing-stopped}: the printer stopped in the middle (paper out, jam, door open). */
        STOPPED,
        /** Ended: see the job's result for how. */
        ENDED
    }

    public JobProgress {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        pagesDone = Math.max(0, Math.min(pagesDone, pagesTotal));
    }
}
