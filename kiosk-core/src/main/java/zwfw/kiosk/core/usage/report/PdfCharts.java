package zwfw.kiosk.core.usage.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Bar charts drawn with PDFBox's own strokes and fills (kioskctl has no JavaFX, and a chart
 * library would bring a second rendering stack for four kinds of bars): a box, a title, bars
 * scaled to the largest value, and category labels, thinned out when there are many.
 */
final class PdfCharts {
    static final Color BAR = new Color(0x1f, 0x5f, 0xbf);
    static final Color ACCENT = new Color(0xd9, 0x4f, 0x2b);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x88, 0x88, 0x88);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private final PdfPen pen;

    PdfCharts(PdfPen pen) {
        this.pen = pen;
    }

    /** One labelled value of a chart. */
    record Bar(String label, double value) {
    }

    /** Vertical bars in the box (x, y) – (x + w, y + h), y the bottom; the title above the box. */
    void columns(PDPageContentStream s, String title, List<Bar> bars, float x, float y, float w, float h, Color colour)
            throws IOException {
        pen.bold(s, title, x, y + h + 6, 10, INK);
        frame(s, x, y, w, h);
        if (bars.isEmpty()) {
            return;
        }
        double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        float labelRoom = 14;
        float plotH = h - labelRoom - 12;
        float slot = (w - 8) / bars.size();
        float barW = Math.max(1, slot * 0.7f);
        int every = Math.max(1, (int) Math.ceil(bars.size() / (w / 28.0)));
        pen.text(s, format(max), x + 3, y + h - 9, 6.5f, GREY);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            float bx = x + 4 + i * slot + (slot - barW) / 2;
            float bh = (float) (plotH * b.value() / max);
            s.setNonStrokingColor(colour);
            s.addRect(bx, y + labelRoom, barW, bh);
            s.fill();
            if (i % every == 0) {
                pen.centred(s, b.label(), bx + barW / 2, y + 4, 6.5f, INK);
            }
        }
    }

    /** Horizontal bars, one per row, label at the left and value at the right. */
    void rows(PDPageContentStream s, String title, List<Bar> bars, float x, float y, float w, float h, Color colour)
            throws IOException {
        pen.bold(s, title, x, y + h + 6, 10, INK);
        frame(s, x, y, w, h);
        if (bars.isEmpty()) {
            return;
        }
        double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        float labelW = w * 0.34f;
        float valueW = 40;
        float rowH = Math.min(18, (h - 6) / bars.size());
        float plotW = w - labelW - valueW - 8;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            float top = y + h - 3 - i * rowH;
            float size = Math.min(8, rowH * 0.6f);
            pen.text(s, pen.fit(b.label(), size, labelW - 6), x + 4, top - rowH * 0.7f, size, INK);
            float bw = (float) (plotW * b.value() / max);
            s.setNonStrokingColor(colour);
            s.addRect(x + labelW, top - rowH * 0.85f, Math.max(0.5f, bw), rowH * 0.7f);
            s.fill();
            pen.right(s, format(b.value()), x + w - 4, top - rowH * 0.7f, size, INK);
        }
    }

    private static void frame(PDPageContentStream s, float x, float y, float w, float h) throws IOException {
        s.setStrokingColor(GRID);
        s.setLineWidth(0.5f);
        s.addRect(x, y, w, h);
        s.stroke();
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
