package zwfw.kiosk.drivers.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK TrueType font shipped with the kiosk (Droid Sans Fallback, Apache 2.0), so Chinese
 * renders on a machine without CJK fonts: on screen, in the ESC/POS interpreter, in PDFs.
 */
public final class CjkFont {
    /** The family name the font file declares (what JavaFX and AWT know it by once loaded). */
    public static final String FAMILY = "Droid Sans Fallback";
    private static final String RESOURCE = "DroidSansFallbackFull.ttf";

    private CjkFont() {
    }

    /** A fresh stream of the font file; the caller closes it. */
    public static InputStream open() {
        InputStream in = CjkFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font resource " + RESOURCE + " missing from the build"));
        }
        return in;
    }

    /** The font file's bytes. */
    public static byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
