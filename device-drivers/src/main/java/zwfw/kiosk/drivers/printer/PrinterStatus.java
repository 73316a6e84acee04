package zwfw.kiosk.drivers.printer;

import java.util.Optional;

/**
 * What a printer said about itself in answer to a status query. {@code online} is false when the
 * printer did not answer at all (or reported itself offline).
 */
public record PrinterStatus(boolean online, Paper paper, boolean coverOpen, boolean error) {

    public enum Paper { OK, NEAR_END, OUT }

    /** No answer: nothing is known except that the printer cannot take a job. */
    public static final PrinterStatus NO_ANSWER = new PrinterStatus(false, Paper.OK, false, false);

    public static final PrinterStatus READY = new PrinterStatus(true, Paper.OK, false, false);

    /** Why a job would be refused now, if it would. Paper near end is a warning, not a refusal. */
    public Optional<PrintRefusal> refusal() {
        if (coverOpen) {
            return Optional.of(PrintRefusal.COVER_OPEN);
        }
        if (paper == Paper.OUT) {
            return Optional.of(PrintRefusal.PAPER_OUT);
        }
        if (error) {
            return Optional.of(PrintRefusal.ERROR);
        }
        if (!online) {
            return Optional.of(PrintRefusal.OFFLINE);
        }
        return Optional.empty();
    }
}
