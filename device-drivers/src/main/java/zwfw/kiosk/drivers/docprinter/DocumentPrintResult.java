package zwfw.kiosk.drivers.docprinter;

import java.util.List;
import java.util.Optional;

/**
 * How a document job ended: its {@link JobOutcome}, the refusal when it was refused, the pages
 * printed as far as the printer said, the printer's job ids and {@code job-state-reasons}, and the
 * printer's status read at the end.
 */
public record DocumentPrintResult(JobOutcome outcome, DocumentRefusal refusal, int pagesDone, int pagesTotal,
                                  List<Integer> jobIds, List<String> jobReasons, DocumentPrinterStatus printer) {

    public DocumentPrintResult {
        jobIds = jobIds == null ? List.of() : List.copyOf(jobIds);
        jobReasons = jobReasons == null ? List.of() : List.copyOf(jobReasons);
    }

    public static DocumentPrintResult refused(DocumentRefusal refusal, DocumentPrinterStatus printer) {
        return new DocumentPrintResult(JobOutcome.REFUSED, refusal, 0, 0, List.of(), List.of(), printer);
    }

    public boolean isCompleted() {
        return outcome == JobOutcome.COMPLETED;
    }

    public Optional<DocumentRefusal> refusalReason() {
        return Optional.ofNullable(refusal);
    }

    /** One line for staff: outcome, refusal or job reasons. Never carries document content. */
    public String summary() {
        if (refusal != null) {
            return "not printed: " + refusal;
        }
        String s = outcome.words() + " (" + pagesDone + "/" + pagesTotal + " pages)";
        return jobReasons.isEmpty() ? s : s + " [" + String.join(", ", jobReasons) + "]";
    }
}
