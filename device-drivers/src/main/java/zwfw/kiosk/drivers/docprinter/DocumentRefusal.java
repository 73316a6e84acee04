package zwfw.kiosk.drivers.docprinter;

import java.util.Optional;

/**
 * Why a document was not sent. Decided before the first byte goes to the printer: either a
 * printer {@link DocumentPrinterCondition} that refuses, or something about the request.
 */
public record DocumentRefusal(DocumentPrinterCondition condition, Kind kind, String detail) {

    public enum Kind {
        /** The printer cannot print now: see {@link #condition()}. */
        PRINTER,
        /** The device is closed or not enabled. */
        NOT_READY,
        /** Not a PDF, unreadable, too large or without pages. */
        BAD_DOCUMENT,
        /** The printer turned the request down (an IPP error status) before printing anything. */
        REJECTED
    }

    public static DocumentRefusal printer(DocumentPrinterCondition condition) {
        return new DocumentRefusal(condition, Kind.PRINTER, condition.words());
    }

    public static DocumentRefusal of(Kind kind, String detail) {
        return new DocumentRefusal(null, kind, detail);
    }

    public Optional<DocumentPrinterCondition> printerCondition() {
        return Optional.ofNullable(condition);
    }

    /** A stable code for logs, statistics and exit messages: the condition's name, else the kind's. */
    public String code() {
        return condition != null ? condition.name() : kind.name();
    }

    @Override
    public String toString() {
        return code() + ": " + detail;
    }
}
