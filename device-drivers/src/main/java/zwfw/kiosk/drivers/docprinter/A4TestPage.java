package zwfw.kiosk.drivers.docprinter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import zwfw.kiosk.drivers.font.CjkFont;

/**
 * The A4 test page (for {@code kioskctl docprinter test} and the tests): a Chinese heading, an
 * English line per page that text extraction can find, the printer id and a stamp given by the
 * caller, a frame that shows the printable area, and a QR code of {@link #QR_PREFIX} plus the stamp.
 */
public final class A4TestPage {
    public static final String QR_PREFIX = "A4-PRINT-TEST ";
    public static final String HEADING_EN = "DOCUMENT PRINTER TEST PAGE";

    private A4TestPage() {
    }

    /** @param stamp a neutral label (a time, a test nonce) printed on each page and in the QR code */
    public static byte[] render(int pages, String printerId, String stamp) {
        try (PDDocument doc = new PDDocument(); InputStream cjk = CjkFont.open()) {
            PDFont chinese = PDType0Font.load(doc, cjk);
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDImageXObject qr = LosslessFactory.createFromImage(doc, qr(QR_PREFIX + stamp));
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.setLineWidth(1f);
                    s.addRect(36, 36, w - 72, h - 72);
                    s.stroke();
                    text(s, chinese, 22, 72, h - 110, "打印测试");
                    text(s, latin, 16, 72, h - 150, HEADING_EN + " " + i + "/" + pages);
                    text(s, latin, 12, 72, h - 180, "printer: " + printerId);
                    text(s, latin, 12, 72, h - 200, "stamp: " + stamp);
                    s.drawImage(qr, 72, h - 420, 180, 180);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static java.awt.image.BufferedImage qr(String content) {
        try {
            BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 360, 360);
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR content too long", e);
        }
    }
}
