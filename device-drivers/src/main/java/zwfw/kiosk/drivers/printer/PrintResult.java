package zwfw.kiosk.drivers.printer;

import java.util.Optional;

/**
 * The outcome of one print job: printed, or refused with a named reason before anything was
 * sent. {@code after} is the status read once the job was sent (or the one that refused it);
 * {@code bytesSent} counts the job's bytes on the wire (0 when refused).
 */
public record PrintResult(PrintRefusal refusal, PrinterStatus after, int bytesSent) {

    public static PrintResult printed(PrinterStatus after, int bytesSent) {
        return new PrintResult(null, after, bytesSent);
    }

    public static PrintResult refused(PrintRefusal refusal, PrinterStatus status) {
        return new PrintResult(refusal, status, 0);
    }

    public boolean isPrinted() {
        return refusal == null;
    }

    /**
     * Sent in full, but the printer reported paper out, cover open, an error or silence right
     * after: the paper may hold only part of the job (offer the receipt on screen instead).
     */
    public boolean mayBeIncomplete() {
        return isPrinted() && after.refusal().isPresent();
    }

    public Optional<PrintRefusal> refusalReason() {
        return Optional.ofNullable(refusal);
    }
}
