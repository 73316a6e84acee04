package zwfw.kiosk.drivers.printer.interpreter;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What an ESC/POS stream printed: the image of the paper, and what was recognised on it (text
 * lines as printed, QR codes with their parameters, raster bands, cuts, commands not understood).
 */
public record Printout(BufferedImage image, List<String> lines, List<QrPrint> qrCodes, List<RasterBand> rasterBands,
                       int cuts, int statusQueries, int unknownCommands) {

    public Printout {
        lines = List.copyOf(lines);
        qrCodes = List.copyOf(qrCodes);
        rasterBands = List.copyOf(rasterBands);
    }

    /** All text lines joined with line feeds, for searching. */
    public String text() {
        return String.join("\n", lines);
    }

    /**
     * A QR code printed with {@code GS ( k}. {@code model} and {@code storedLengthField} are the
     * bytes as received ({@code pL + 256·pH} of the store command), kept so tests can check them
     * against the specification.
     */
    public record QrPrint(String content, int model, int moduleDots, int errorCorrection, int storedLengthField,
                          int payloadBytes) {
    }

    /** One {@code GS v 0} command: bytes per row and rows. */
    public record RasterBand(int widthBytes, int rows) {
    }
}
