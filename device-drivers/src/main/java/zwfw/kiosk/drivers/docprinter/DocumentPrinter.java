package zwfw.kiosk.drivers.docprinter;

import zwfw.kiosk.drivers.device.Device;

/**
 * An A4 printer that prints whole PDF documents. {@link #print} asks the printer how it is first
 * and refuses the job, with a named reason and before sending anything, when it cannot print it;
 * otherwise it sends the document (from memory) and returns a {@link DocumentJob} to follow to
 * {@code completed} or a named failure.
 */
public interface DocumentPrinter extends Device {

    /** Largest document a driver takes; a certificate of a few pages is far below. */
    int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Most copies of one document in one call. */
    int MAX_COPIES = 10;

    /**
     * Prints {@code copies} copies of one PDF. Blocks while it asks the printer and sends the
     * document (a device call: never on a UI thread), not while the printer prints.
     *
     * @param jobTitle a neutral title chosen by the caller (letters, digits, {@code . _ -} and
     *                 spaces, at most {@link JobTitles#MAX_LENGTH}); the driver never derives one from content
     * @return a job that is either refused already or followed until it ends
     * @throws IllegalArgumentException for a title with other characters or copies out of 1..{@link #MAX_COPIES}
     */
    DocumentJob print(byte[] pdf, int copies, String jobTitle);

    /** Asks the printer now. A printer that does not answer is reported {@code OFFLINE}. */
    DocumentPrinterStatus queryStatus();

    /** What the printer said the last time it was asked; never blocks. */
    DocumentPrinterStatus lastStatus();
}
