package zwfw.kiosk.core.diagnostics;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the maintenance screen's "diagnostics bundle" button calls (off the JavaFX thread): saves
 * one bundle to a USB stick that is plugged in, or else to the data directory, and says where.
 */
@FunctionalInterface
public interface BundleSaver {
    SavedBundle save() throws IOException;

    /** {@code onRemovableMedia}: written to a USB stick (staff may take it away), else into the data directory. */
    record SavedBundle(Path file, boolean onRemovableMedia, long bytes) {
    }
}
