package zwfw.kiosk.drivers.docprinter.ipp;

import java.net.URI;
import java.util.Optional;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;

/** One Get-Printer-Attributes answer: the status, the device behind a CUPS queue, the most copies one job may ask for. */
record PrinterAnswer(DocumentPrinterStatus status, Optional<URI> deviceUri, int maxCopies) {

    static final PrinterAnswer NONE = new PrinterAnswer(DocumentPrinterStatus.NO_ANSWER, Optional.empty(), 1);
}
