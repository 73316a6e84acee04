package zwfw.kiosk.drivers.printer.escpos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.PrintDocument.Align;
import zwfw.kiosk.drivers.printer.PrintDocument.Block;
import zwfw.kiosk.drivers.printer.layout.GlyphPainter;
import zwfw.kiosk.drivers.printer.layout.TextLayout;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;

/**
 * Turns a {@link PrintDocument} into one ESC/POS job for a profile: text in the printer's own
 * font (GBK in Chinese mode), native QR where the profile has it, raster only for pictures, for
 * QR codes on printers without {@code GS ( k}, and for lines with characters the printer's font
 * lacks. The job starts with {@code ESC @} so no setting leaks in from an earlier job.
 */
public final class DocumentEncoder {
    /** Error correction of receipt QR codes: M survives a smudge and keeps the symbol small. */
    public static final QrErrorCorrection QR_ERROR_CORRECTION = QrErrorCorrection.M;

    private final PrinterProfile profile;
    private final PrinterText text;

    public DocumentEncoder(PrinterProfile profile) {
        this.profile = profile;
        this.text = PrinterText.forProfile(profile);
    }

    public byte[] encode(PrintDocument document) {
        EscPosEncoder e = new EscPosEncoder(text).initialize();
        if (profile.chineseFont()) {
            e.chineseMode(true);
        } else {
            e.chineseMode(false).codePage(profile.codePage());
        }
        for (Block block : document.blocks()) {
            if (block instanceof PrintDocument.Text t) {
                text(e, t);
            } else if (block instanceof PrintDocument.Row r) {
                lines(e, TextLayout.row(r.label(), r.value(), profile.columns()), false, 1, Align.LEFT);
            } else if (block instanceof PrintDocument.Qr q) {
                qr(e, q);
            } else if (block instanceof PrintDocument.Picture p) {
                picture(e, p.image());
            } else if (block instanceof PrintDocument.Feed f) {
                e.feedLines(f.lines());
            } else if (block instanceof PrintDocument.Rule) {
                lines(e, List.of("-".repeat(profile.columns())), false, 1, Align.LEFT);
            } else if (block instanceof PrintDocument.Cut) {
                cut(e);
            }
        }
        return e.toBytes();
    }

    private void text(EscPosEncoder e, PrintDocument.Text t) {
        lines(e, TextLayout.wrap(t.text(), profile.columns() / t.scale()), t.bold(), t.scale(), t.align());
    }

    private void lines(EscPosEncoder e, List<String> lines, boolean bold, int scale, Align align) {
        boolean styled = false;
        for (String line : lines) {
            if (text.canPrint(line)) {
                if (!styled) {
                    e.align(align);
                    if (bold) {
                        e.bold(true);
                    }
                    if (scale > 1) {
                        e.size(scale, scale);
                    }
                    styled = true;
                }
                e.text(line).newline();
            } else {
                // The printer's font lacks a character (no Chinese font, or a rare character outside GBK).
                if (styled) {
                    reset(e, bold, scale, align);
                    styled = false;
                }
                e.align(Align.LEFT).raster(GlyphPainter.line(line, profile.dotsPerLine(), bold, scale, align));
            }
        }
        if (styled) {
            reset(e, bold, scale, align);
        }
    }

    private static void reset(EscPosEncoder e, boolean bold, int scale, Align align) {
        if (bold) {
            e.bold(false);
        }
        if (scale > 1) {
            e.size(1, 1);
        }
        if (align != Align.LEFT) {
            e.align(Align.LEFT);
        }
    }

    private void qr(EscPosEncoder e, PrintDocument.Qr q) {
        QrSymbol symbol = QrSymbol.encode(q.content(), QR_ERROR_CORRECTION);
        int target = (int) Math.round(q.widthMillimetres() * profile.dotsPerMillimetre());
        int moduleDots = symbol.moduleDotsFor(target, profile.dotsPerLine());
        if (profile.nativeQr()) {
            e.align(Align.CENTER).qr(q.content(), moduleDots, QR_ERROR_CORRECTION).newline().align(Align.LEFT);
        } else {
            picture(e, symbol.image(moduleDots));
        }
    }

    /** Scales a picture down to the paper and centres it on a full-width band, so no alignment command is needed. */
    private void picture(EscPosEncoder e, BufferedImage image) {
        int dots = profile.dotsPerLine();
        int w = image.getWidth();
        int h = image.getHeight();
        if (w > dots) {
            h = Math.max(1, h * dots / w);
            w = dots;
        }
        BufferedImage band = new BufferedImage(dots, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = band.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, dots, h);
        g.drawImage(image, (dots - w) / 2, 0, w, h, null);
        g.dispose();
        e.align(Align.LEFT).raster(band);
    }

    private void cut(EscPosEncoder e) {
        e.feedLines(profile.feedLinesBeforeCut());
        if (profile.cutter() != PrinterProfile.Cutter.NONE) {
            e.cut(profile.cutter() == PrinterProfile.Cutter.PARTIAL);
        }
    }
}
