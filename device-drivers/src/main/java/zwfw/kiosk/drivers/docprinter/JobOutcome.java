package zwfw.kiosk.drivers.docprinter;

/** How a document job ended. Only {@link #COMPLETED} means the pages are in the tray. */
public enum JobOutcome {
    COMPLETED("printed"),
    /** Refused before anything was sent (see the result's refusal). */
    REFUSED("refused before sending"),
    /** The printer gave up on the job ({@code aborted}). */
    ABORTED("the printer aborted the job"),
    /** Canceled at the printer or by staff ({@code canceled}). */
    CANCELED("the job was canceled"),
    /** The printer stopped in the middle and did not resume in time; the driver canceled what was left. */
    STOPPED("the printer stopped during the job"),
    /** Not ended in time; the driver canceled it so it cannot print later for someone else. */
    TIMED_OUT("the job did not end in time"),
    /** The printer stopped answering while the job was followed; whether it printed is unknown. */
    LOST("the printer stopped answering during the job");

    private final String words;

    JobOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
