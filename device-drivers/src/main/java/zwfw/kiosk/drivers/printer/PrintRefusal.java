package zwfw.kiosk.drivers.printer;

/**
 * Why a print job was not printed. Every refusal but {@link #INTERRUPTED} is decided before the
 * first byte of the job is sent.
 */
public enum PrintRefusal {
    PAPER_OUT("paper out"),
    COVER_OPEN("cover open"),
    /** The printer did not answer its status query, or its link is gone. */
    OFFLINE("printer offline (no answer to status query)"),
    /** The printer reports a cutter, mechanical or unrecoverable error. */
    ERROR("printer reports an error"),
    /** The link failed part-way through sending; the paper may hold part of the job. */
    INTERRUPTED("link to the printer lost while sending"),
    /** The device is closed or not enabled. */
    NOT_READY("printer not opened and enabled");

    private final String reason;

    PrintRefusal(String reason) {
        this.reason = reason;
    }

    /** The reason in plain words, for staff and the command line. */
    public String reason() {
        return reason;
    }
}
