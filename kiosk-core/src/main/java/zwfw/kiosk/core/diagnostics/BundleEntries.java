package zwfw.kiosk.core.diagnostics;

import java.io.IOException;
import java.io.OutputStream;

/** Where a {@link BundleSection} puts its entries: one zip, written in order. */
public interface BundleEntries {
    /** Adds an entry with this content. */
    void put(String name, byte[] content) throws IOException;

    /** Adds an entry written by {@code content} (for what is too large to hold in memory, such as logs). */
    void put(String name, Content content) throws IOException;

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
