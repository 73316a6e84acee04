package zwfw.kiosk.app.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Loads the screen font shipped with the kiosk: WenQuanYi Micro Hei (Apache 2.0, see
 * {@code wqy-microhei-COPYRIGHT.txt}), which holds Chinese AND Latin letters and digits, so a
 * fresh Debian machine without CJK fonts shows no boxes. (The drivers' Droid Sans Fallback has
 * no Latin glyphs, which JavaFX would not fill from another font.) The stylesheet names the family.
 */
public final class KioskFonts {
    /** The family the stylesheet uses. */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "wqy-microhei.ttc";
    private static volatile boolean loaded;

    private KioskFonts() {
    }

    /** Loads the font once per JVM; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = KioskFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("font resource " + RESOURCE + " missing from the build"));
            }
            Font[] fonts = Font.loadFonts(in, 16);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("JavaFX could not load " + RESOURCE);
            }
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
