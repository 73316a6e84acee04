package zwfw.kiosk.drivers.printer.interpreter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import zwfw.kiosk.drivers.printer.escpos.QrErrorCorrection;
import zwfw.kiosk.drivers.printer.escpos.QrSymbol;
import zwfw.kiosk.drivers.printer.layout.DisplayWidth;
import zwfw.kiosk.drivers.printer.layout.GlyphPainter;

/**
 * Turns an ESC/POS byte stream back into paper: text drawn with the shipped CJK font in 12×24 /
 * 24×24 cells, native QR codes redrawn with ZXing at the module size sent, raster bits as sent,
 * cuts as a dashed line. Understands what {@code escpos.DocumentEncoder} sends and skips the rest
 * (counted in {@link Printout#unknownCommands()}).
 */
public final class EscPosInterpreter {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset CP437 = Charset.forName("IBM437");

    private final int dots;
    private final boolean chineseAtPowerOn;

    /**
     * @param dotsPerLine      paper width in dots (384 or 576)
     * @param chineseAtPowerOn whether the printer starts (and {@code ESC @} resets) in Chinese mode
     */
    public EscPosInterpreter(int dotsPerLine, boolean chineseAtPowerOn) {
        this.dots = dotsPerLine;
        this.chineseAtPowerOn = chineseAtPowerOn;
    }

    public Printout interpret(byte[] stream) {
        Run run = new Run();
        new EscPosParser(run::accept).feed(stream);
        run.flushLine(true);
        return run.finish();
    }

    /** A part of the paper: draws itself at a y and knows its height. */
    private interface Strip {
        int height();

        void draw(Graphics2D g, int y);
    }

    private record Segment(String text, boolean bold, int w, int h) {
    }

    private final class Run {
        private final List<Strip> strips = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private final List<Printout.QrPrint> qrs = new ArrayList<>();
        private final List<Printout.RasterBand> bands = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private final java.io.ByteArrayOutputStream textBytes = new java.io.ByteArrayOutputStream();
        private int cuts;
        private int statusQueries;
        private int unknown;
        // printer state
        private boolean chinese = chineseAtPowerOn;
        private boolean bold;
        private int align;
        private int lineAlign = -1;
        private int w = 1;
        private int h = 1;
        private Charset codePage = CP437;
        // stored QR symbol
        private byte[] qrData;
        private int qrStoredLength;
        private int qrModel = -1;
        private int qrModule = 3;
        private int qrEc = QrErrorCorrection.L.code();

        void accept(EscPosCommand c) {
            switch (c.type()) {
                case TEXT -> {
                    if (lineAlign < 0) {
                        lineAlign = align;
                    }
                    textBytes.write(c.u(0));
                }
                case LINE_FEED -> flushLine(false);
                case CARRIAGE_RETURN -> { }
                case INITIALIZE -> {
                    flushSegment();
                    chinese = chineseAtPowerOn;
                    bold = false;
                    align = 0;
                    w = 1;
                    h = 1;
                    codePage = CP437;
                }
                case CHINESE_MODE_ON -> style(() -> chinese = true);
                case CHINESE_MODE_OFF -> style(() -> chinese = false);
                case CODE_PAGE -> style(() -> codePage = c.u(2) == 0 ? CP437 : StandardCharsets.ISO_8859_1);
                case BOLD -> style(() -> bold = (c.u(2) & 1) != 0);
                case ALIGN -> align = Math.min(2, c.u(2) % 48);
                case CHARACTER_SIZE -> style(() -> {
                    w = ((c.u(2) >> 4) & 7) + 1;
                    h = (c.u(2) & 7) + 1;
                });
                case FEED_LINES -> {
                    flushLine(true);
                    int n = c.u(2);
                    if (n > 0) {
                        strips.add(blank(n * GlyphPainter.CELL_HEIGHT));
                    }
                }
                case CUT -> {
                    flushLine(true);
                    cuts++;
                    strips.add(cutMark());
                }
                case QR -> qr(c);
                case RASTER -> raster(c);
                case STATUS_QUERY -> statusQueries++;
                case OTHER -> unknown++;
            }
        }

        private void style(Runnable change) {
            flushSegment();
            change.run();
        }

        private void flushSegment() {
            if (textBytes.size() == 0) {
                return;
            }
            byte[] b = textBytes.toByteArray();
            textBytes.reset();
            String s = new String(b, chinese ? GB18030 : codePage);
            segments.add(new Segment(s, bold, w, h));
        }

        /** Ends the current line; an empty line feeds one line unless {@code onlyIfPending}. */
        void flushLine(boolean onlyIfPending) {
            flushSegment();
            if (segments.isEmpty()) {
                if (!onlyIfPending) {
                    strips.add(blank(GlyphPainter.CELL_HEIGHT));
                    lines.add("");
                }
                lineAlign = -1;
                return;
            }
            List<Segment> segs = List.copyOf(segments);
            segments.clear();
            int a = lineAlign < 0 ? align : lineAlign;
            lineAlign = -1;
            StringBuilder text = new StringBuilder();
            segs.forEach(s -> text.append(s.text()));
            lines.add(text.toString());
            strips.addAll(layoutLine(segs, a));
        }

        /** Places segments in cells, wrapping at the paper edge as a printer does. */
        private List<Strip> layoutLine(List<Segment> segs, int a) {
            List<Strip> out = new ArrayList<>();
            List<Object[]> row = new ArrayList<>(); // {codepoint string, segment, x}
            int x = 0;
            int rowHeight = GlyphPainter.CELL_HEIGHT;
            for (Segment s : segs) {
                for (int i = 0; i < s.text().length(); ) {
                    int cp = s.text().codePointAt(i);
                    i += Character.charCount(cp);
                    int cellW = DisplayWidth.of(cp) * GlyphPainter.CELL_WIDTH * s.w();
                    if (cellW == 0) {
                        continue;
                    }
                    if (x + cellW > dots && !row.isEmpty()) {
                        out.add(textStrip(row, x, rowHeight, a));
                        row = new ArrayList<>();
                        x = 0;
                        rowHeight = GlyphPainter.CELL_HEIGHT;
                    }
                    row.add(new Object[] {new String(Character.toChars(cp)), s, x});
                    x += cellW;
                    rowHeight = Math.max(rowHeight, GlyphPainter.CELL_HEIGHT * s.h());
                }
            }
            out.add(textStrip(row, x, rowHeight, a));
            return out;
        }

        private Strip textStrip(List<Object[]> cells, int width, int height, int a) {
            int offset = a == 1 ? (dots - width) / 2 : a == 2 ? dots - width : 0;
            List<Object[]> fixed = List.copyOf(cells);
            return new Strip() {
                public int height() {
                    return height;
                }

                public void draw(Graphics2D g, int y) {
                    for (Object[] cell : fixed) {
                        Segment s = (Segment) cell[1];
                        int baselineShift = height - GlyphPainter.CELL_HEIGHT * s.h();
                        GlyphPainter.draw(g, (String) cell[0], offset + (int) cell[2], y + baselineShift, s.bold(), s.w(), s.h());
                    }
                }
            };
        }

        private void qr(EscPosCommand c) {
            if (c.length() < 7 || c.u(5) != 0x31) {
                unknown++;
                return;
            }
            int fn = c.u(6);
            switch (fn) {
                case 0x41 -> qrModel = c.length() > 7 ? c.u(7) : -1;
                case 0x43 -> qrModule = c.length() > 7 ? Math.max(1, Math.min(16, c.u(7))) : qrModule;
                case 0x45 -> qrEc = c.length() > 7 ? c.u(7) : qrEc;
                case 0x50 -> {
                    qrStoredLength = (c.u(3)) | (c.u(4) << 8);
                    qrData = Arrays.copyOfRange(c.bytes(), 8, c.length());
                }
                case 0x51 -> printQr();
                default -> unknown++;
            }
        }

        private void printQr() {
            flushLine(true);
            if (qrData == null || qrData.length == 0) {
                return;
            }
            String content = new String(qrData, StandardCharsets.UTF_8);
            qrs.add(new Printout.QrPrint(content, qrModel, qrModule, qrEc, qrStoredLength, qrData.length));
            BufferedImage img;
            try {
                img = QrSymbol.encode(content, QrErrorCorrection.ofCode(qrEc)).image(qrModule);
            } catch (IllegalArgumentException e) {
                unknown++;
                return;
            }
            int a = align;
            strips.add(imageStrip(img, a));
        }

        private void raster(EscPosCommand c) {
            flushLine(true);
            int wb = c.u(4) | (c.u(5) << 8);
            int rows = c.u(6) | (c.u(7) << 8);
            bands.add(new Printout.RasterBand(wb, rows));
            if (c.length() < 8 + wb * rows || wb == 0 || rows == 0) {
                return;
            }
            BufferedImage img = new BufferedImage(wb * 8, rows, BufferedImage.TYPE_BYTE_BINARY);
            byte[] b = c.bytes();
            for (int y = 0; y < rows; y++) {
                for (int bx = 0; bx < wb; bx++) {
                    int v = b[8 + y * wb + bx] & 0xFF;
                    for (int bit = 0; bit < 8; bit++) {
                        img.setRGB(bx * 8 + bit, y, (v & (0x80 >> bit)) != 0 ? 0xFF000000 : 0xFFFFFFFF);
                    }
                }
            }
            strips.add(imageStrip(img, align));
        }

        private Strip imageStrip(BufferedImage img, int a) {
            int x = a == 1 ? (dots - img.getWidth()) / 2 : a == 2 ? dots - img.getWidth() : 0;
            return new Strip() {
                public int height() {
                    return img.getHeight();
                }

                public void draw(Graphics2D g, int y) {
                    g.drawImage(img, Math.max(0, x), y, null);
                }
            };
        }

        private Strip blank(int height) {
            return new Strip() {
                public int height() {
                    return height;
                }

                public void draw(Graphics2D g, int y) {
                }
            };
        }

        private Strip cutMark() {
            return new Strip() {
                public int height() {
                    return 9;
                }

                public void draw(Graphics2D g, int y) {
                    g.setColor(Color.GRAY);
                    for (int x = 0; x < dots; x += 12) {
                        g.drawLine(x, y + 4, x + 6, y + 4);
                    }
                    g.setColor(Color.BLACK);
                }
            };
        }

        Printout finish() {
            int height = Math.max(1, strips.stream().mapToInt(Strip::height).sum());
            BufferedImage paper = new BufferedImage(dots, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = paper.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dots, height);
            g.setColor(Color.BLACK);
            int y = 0;
            for (Strip s : strips) {
                s.draw(g, y);
                y += s.height();
            }
            g.dispose();
            return new Printout(paper, lines, qrs, bands, cuts, statusQueries, unknown);
        }
    }
}
