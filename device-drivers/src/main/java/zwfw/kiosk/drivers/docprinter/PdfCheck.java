package zwfw.kiosk.drivers.docprinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks a document before any printer sees it: within {@link DocumentPrinter#MAX_DOCUMENT_BYTES},
 * starts with {@code %PDF-}, parses, has at least one page. Reads from memory only.
 */
public final class PdfCheck {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfCheck() {
    }

    /** The page count, or a refusal that says what is wrong (never the content). */
    public static Checked check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return Checked.bad("empty document");
        }
        if (pdf.length > DocumentPrinter.MAX_DOCUMENT_BYTES) {
            return Checked.bad("document of " + pdf.length + " bytes is over the limit of " + DocumentPrinter.MAX_DOCUMENT_BYTES);
        }
        if (!startsWithMagic(pdf)) {
            return Checked.bad("not a PDF (does not start with %PDF-)");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            return pages < 1 ? Checked.bad("PDF without pages") : new Checked(pages, null);
        } catch (IOException e) {
            return Checked.bad("unreadable PDF: " + e.getClass().getSimpleName());
        }
    }

    public static boolean startsWithMagic(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Pages of a good document, or the refusal of a bad one. */
    public record Checked(int pages, DocumentRefusal refusal) {
        static Checked bad(String why) {
            return new Checked(0, DocumentRefusal.of(DocumentRefusal.Kind.BAD_DOCUMENT, why));
        }

        public boolean ok() {
            return refusal == null;
        }
    }
}
