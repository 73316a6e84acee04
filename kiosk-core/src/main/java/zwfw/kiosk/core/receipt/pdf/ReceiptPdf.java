package zwfw.kiosk.core.receipt.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.PrintDocument.Align;
import zwfw.kiosk.drivers.printer.escpos.DocumentEncoder;
import zwfw.kiosk.drivers.printer.escpos.QrSymbol;

/**
 * The same printed document as an A4 PDF page, for office printers and the demo: text in the
 * shipped CJK font (embedded as a subset, so the file carries only the glyphs it uses), QR codes
 * as lossless images, in a centred column about as wide as a long receipt.
 */
public final class ReceiptPdf {
    private static final float MM = 72f / 25.4f;
    private static final float COLUMN = 120 * MM;
    private static final float TOP = 25 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float BODY_SIZE = 12f;
    private static final float LEADING = 1.5f;

    private final PDDocument pdf;
    private final PDType0Font font;
    /** The shipped CJK font has no Latin letters or digits: those are set in Helvetica, which every PDF reader has. */
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final float left;
    private PDPageContentStream page;
    private float y;

    private ReceiptPdf(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        try (InputStream in = CjkFont.open()) {
            this.font = PDType0Font.load(pdf, in, true);
        }
        this.left = (PDRectangle.A4.getWidth() - COLUMN) / 2;
    }

    /** Writes {@code document} as a PDF to {@code out} (not closed). */
    public static void write(PrintDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            ReceiptPdf r = new ReceiptPdf(pdf);
            r.newPage();
            for (PrintDocument.Block block : document.blocks()) {
                r.block(block);
            }
            r.page.close();
            pdf.save(out);
        }
    }

    private void block(PrintDocument.Block block) throws IOException {
        if (block instanceof PrintDocument.Text t) {
            float size = BODY_SIZE * (t.scale() == 1 ? 1 : 1 + 0.5f * (t.scale() - 1));
            for (String line : wrap(t.text(), size, COLUMN)) {
                text(line, size, t.bold(), t.align());
            }
        } else if (block instanceof PrintDocument.Row r) {
            row(r.label(), r.value());
        } else if (block instanceof PrintDocument.Qr q) {
            QrSymbol symbol = QrSymbol.encode(q.content(), DocumentEncoder.QR_ERROR_CORRECTION);
            image(symbol.image(8), q.widthMillimetres() * MM);
        } else if (block instanceof PrintDocument.Picture p) {
            image(p.image(), Math.min(COLUMN, p.image().getWidth() * 72f / 203f));
        } else if (block instanceof PrintDocument.Feed f) {
            y += f.lines() * BODY_SIZE * LEADING;
        } else if (block instanceof PrintDocument.Rule) {
            room(BODY_SIZE);
            float ly = pageHeight() - y - BODY_SIZE * 0.5f;
            page.setLineWidth(0.5f);
            page.moveTo(left, ly);
            page.lineTo(left + COLUMN, ly);
            page.stroke();
            y += BODY_SIZE;
        }
        // A cut ends the paper roll's receipt; on A4 the page simply ends.
    }

    private void text(String line, float size, boolean bold, Align align) throws IOException {
        float lineHeight = size * LEADING;
        room(lineHeight);
        String s = printable(line);
        float w = width(s, size);
        float x = switch (align) {
            case LEFT -> left;
            case CENTER -> left + (COLUMN - w) / 2;
            case RIGHT -> left + COLUMN - w;
        };
        show(s, x, pageHeight() - y - size, size, bold);
        y += lineHeight;
    }

    /** Label at the left edge, value at a fixed tab, value wrapped under itself. */
    private void row(String label, String value) throws IOException {
        float tab = 30 * MM;
        List<String> lines = wrap(value, BODY_SIZE, COLUMN - tab);
        float lineHeight = BODY_SIZE * LEADING;
        for (int i = 0; i < lines.size(); i++) {
            room(lineHeight);
            float base = pageHeight() - y - BODY_SIZE;
            if (i == 0) {
                show(printable(label), left, base, BODY_SIZE, false);
            }
            show(printable(lines.get(i)), left + tab, base, BODY_SIZE, false);
            y += lineHeight;
        }
    }

    private void show(String s, float x, float baseline, float size, boolean bold) throws IOException {
        page.beginText();
        if (bold) {
            // The CJK font has no bold face: fill and stroke the glyphs, as word processors fake bold.
            page.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
            page.setLineWidth(size / 60f);
        } else {
            page.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
        }
        page.newLineAtOffset(x, baseline);
        for (Run r : runs(s)) {
            page.setFont(r.font(), size);
            page.showText(r.text());
        }
        page.endText();
    }

    private record Run(PDFont font, String text) {
    }

    /** Splits text into runs of one font each: CJK where the shipped font has the glyph, else Helvetica. */
    private List<Run> runs(String s) {
        List<Run> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PDFont f = hasGlyph(font, cp) ? font : latin;
            if (current != null && f != current) {
                out.add(new Run(current, b.toString()));
                b.setLength(0);
            }
            current = f;
            b.appendCodePoint(cp);
        }
        if (current != null) {
            out.add(new Run(current, b.toString()));
        }
        return out;
    }

    private void image(BufferedImage img, float width) throws IOException {
        float height = width * img.getHeight() / img.getWidth();
        room(height + BODY_SIZE * 0.5f);
        PDImageXObject x = LosslessFactory.createFromImage(pdf, img);
        page.drawImage(x, left + (COLUMN - width) / 2, pageHeight() - y - height, width, height);
        y += height + BODY_SIZE * 0.5f;
    }

    private List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            String p = printable(paragraph);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < p.length(); ) {
                int cp = p.codePointAt(i);
                i += Character.charCount(cp);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, size) > maxWidth) {
                    out.add(line.toString());
                    line.setLength(0);
                    if (cp == ' ') {
                        continue;
                    }
                }
                line.appendCodePoint(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    private float width(String s, float size) throws IOException {
        float w = 0;
        for (Run r : runs(s)) {
            w += r.font().getStringWidth(r.text()) / 1000f * size;
        }
        return w;
    }

    /** Replaces characters neither font can draw with '?', so one rare character does not fail the page. */
    private String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20) {
                return;
            }
            b.appendCodePoint(hasGlyph(font, cp) || hasGlyph(latin, cp) ? cp : '?');
        });
        return b.toString();
    }

    private boolean hasGlyph(PDFont f, int cp) {
        return glyphs.computeIfAbsent(f == font ? cp : -cp - 1, k -> {
            try {
                f.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private void room(float height) throws IOException {
        if (y + height > pageHeight() - BOTTOM) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        pdf.addPage(p);
        page = new PDPageContentStream(pdf, p);
        y = TOP;
    }

    private static float pageHeight() {
        return PDRectangle.A4.getHeight();
    }
}
