package zwfw.kiosk.drivers.docprinter.ipp;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a printed PDF holds, read back: pages, text, and the QR code on a page. */
record PrintedPdf(int pages, String text, String qrOnFirstPage) {

    static PrintedPdf read(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            return new PrintedPdf(doc.getNumberOfPages(), text, decode(page));
        }
    }

    static String decode(BufferedImage image) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
