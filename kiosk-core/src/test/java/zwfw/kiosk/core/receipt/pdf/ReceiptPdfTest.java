package zwfw.kiosk.core.receipt.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.core.receipt.SampleReceipts;
import zwfw.kiosk.drivers.font.CjkFont;

class ReceiptPdfTest {

    private static byte[] pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(ReceiptDocuments.caseReceipt(SampleReceipts.accepted()), out);
        return out.toByteArray();
    }

    @Test
    void theReceiptIsOneA4PageWithItsChineseTextExtractable() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.1);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("温州市鹿城区政务服务中心"), text);
            assertTrue(text.contains("欧阳**"), text);
            assertTrue(text.contains("330304********1234"), text);
            assertTrue(text.contains(ReceiptDocuments.KEEP_SAFE), text);
            assertFalse(text.contains(SampleReceipts.ID_NUMBER));
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetNotTheWholeFile() throws Exception {
        byte[] bytes = pdf();
        assertTrue(bytes.length < CjkFont.bytes().length / 10, "PDF of " + bytes.length + " bytes");
        int cjkFonts = 0;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                if (f instanceof PDType0Font) {
                    cjkFonts++;
                    assertTrue(f.isEmbedded());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "subset tag in " + f.getName());
                } else {
                    assertEquals("Helvetica", f.getName(), "Latin text uses a standard font every reader has");
                }
            }
        }
        assertEquals(1, cjkFonts);
    }

    @Test
    void theQrCodeOnThePageDecodesToTheQueryUrl() throws Exception {
        byte[] bytes = pdf();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            Path dir = Path.of("target", "receipt-samples");
            Files.createDirectories(dir);
            Files.write(dir.resolve("case-receipt-a4.pdf"), bytes);
            String qr = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))[0].getText();
            assertEquals(SampleReceipts.QUERY_URL, qr);
        }
    }
}
