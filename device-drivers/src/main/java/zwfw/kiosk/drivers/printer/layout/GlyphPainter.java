package zwfw.kiosk.drivers.printer.layout;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import zwfw.kiosk.drivers.font.CjkFont;

/**
 * Draws printer text with the shipped CJK font on a cell grid like a thermal printer's: a
 * narrow character in a 12×24 dot cell, a wide one in 24×24, both scaled by the character size.
 * Used where text must become dots: the interpreter, and lines a printer cannot print as text.
 */
public final class GlyphPainter {
    public static final int CELL_WIDTH = 12;
    public static final int CELL_HEIGHT = 24;
    private static final Font BASE = loadFont();
    /**
     * The shipped CJK font has no Latin letters or digits; those come from the system's monospaced
     * font, which is also what a printer's 12×24 Font A looks like.
     */
    private static final Font LATIN = new Font(Font.MONOSPACED, Font.PLAIN, 20);

    private GlyphPainter() {
    }

    /** Draws {@code text} with its first cell's top-left at (x, y); returns the x after the last cell. */
    public static int draw(Graphics2D g, String text, int x, int y, boolean bold, int widthScale, int heightScale) {
        Font cjk = BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) (CELL_HEIGHT - 2));
        Font latin = LATIN.deriveFont(bold ? Font.BOLD : Font.PLAIN);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
        int cx = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int cells = DisplayWidth.of(cp);
            if (cells == 0) {
                continue;
            }
            int cellW = CELL_WIDTH * cells * widthScale;
            if (cp != ' ') {
                var saved = g.getTransform();
                g.translate(cx, y);
                g.scale(widthScale, heightScale);
                String glyph = new String(Character.toChars(cp));
                Font f = BASE.canDisplay(cp) ? cjk : latin;
                var fm = g.getFontMetrics(f);
                int gw = fm.stringWidth(glyph);
                g.setFont(f);
                int gx = Math.max(0, (CELL_WIDTH * cells - gw) / 2);
                g.drawString(glyph, gx, CELL_HEIGHT - 4);
                if (bold) {
                    g.drawString(glyph, gx + 1, CELL_HEIGHT - 4); // thermal bold is a double strike
                }
                g.setTransform(saved);
            }
            cx += cellW;
        }
        return cx;
    }

    /**
     * One line of text as a full-width white image with black glyphs, aligned within
     * {@code dots}, for a printer that cannot print these characters itself.
     */
    public static BufferedImage line(String text, int dots, boolean bold, int scale, zwfw.kiosk.drivers.printer.PrintDocument.Align align) {
        int width = DisplayWidth.of(text) * CELL_WIDTH * scale;
        BufferedImage img = new BufferedImage(dots, CELL_HEIGHT * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        int x = switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (dots - width) / 2);
            case RIGHT -> Math.max(0, dots - width);
        };
        draw(g, text, x, 0, bold, scale, scale);
        g.dispose();
        return img;
    }

    private static Font loadFont() {
        try (InputStream in = CjkFont.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the shipped CJK font is not a TrueType font", e);
        }
    }
}
