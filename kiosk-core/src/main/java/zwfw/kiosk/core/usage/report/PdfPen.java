package zwfw.kiosk.core.usage.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import zwfw.kiosk.drivers.font.CjkFont;

/**
 * Text in a usage report's PDF: Chinese in the shipped CJK font (embedded as a subset), Latin
 * letters and digits, which that font lacks, in Helvetica; characters neither has become '?'.
 * Coordinates are PDF points from the page's bottom left.
 */
final class PdfPen {
    private final PDType0Font cjk;
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont latinBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    PdfPen(PDDocument pdf) throws IOException {
        try (InputStream in = CjkFont.open()) {
            this.cjk = PDType0Font.load(pdf, in, true);
        }
    }

    void text(PDPageContentStream s, String text, float x, float baseline, float size, Color color) throws IOException {
        write(s, text, x, baseline, size, color, false);
    }

    void bold(PDPageContentStream s, String text, float x, float baseline, float size, Color color) throws IOException {
        write(s, text, x, baseline, size, color, true);
    }

    /** Right-aligned at {@code right}. */
    void right(PDPageContentStream s, String text, float right, float baseline, float size, Color color) throws IOException {
        text(s, text, right - width(text, size), baseline, size, color);
    }

    void centred(PDPageContentStream s, String text, float centre, float baseline, float size, Color color) throws IOException {
        text(s, text, centre - width(text, size) / 2, baseline, size, color);
    }

    private void write(PDPageContentStream s, String text, float x, float baseline, float size, Color color, boolean bold)
            throws IOException {
        s.beginText();
        s.setNonStrokingColor(color);
        s.newLineAtOffset(x, baseline);
        for (Run r : runs(text, bold)) {
            s.setFont(r.font(), size);
            s.showText(r.text());
        }
        s.endText();
    }

    float width(String text, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text, false)) {
            w += r.font().getStringWidth(r.text()) / 1000f * size;
        }
        return w;
    }

    /** The text cut to fit {@code max} points, with an ellipsis when cut. */
    String fit(String text, float size, float max) throws IOException {
        if (width(text, size) <= max) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width(t + "…", size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private record Run(PDFont font, String text) {
    }

    private List<Run> runs(String text, boolean bold) {
        List<Run> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        PDFont current = null;
        PDFont latinFace = bold ? latinBold : latin;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20) {
                continue;
            }
            PDFont f;
            if (cp < 0x80 && has(latin, cp)) {
                f = latinFace;
            } else if (has(cjk, cp)) {
                f = cjk;
            } else if (has(latin, cp)) {
                f = latinFace;
            } else {
                f = latinFace;
                cp = '?';
            }
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

    private boolean has(PDFont f, int cp) {
        return glyphs.computeIfAbsent(f == cjk ? cp : -cp - 1, k -> {
            try {
                f.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
