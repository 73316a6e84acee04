package zwfw.kiosk.core.diagnostics;

import java.io.IOException;

/**
 * One part of the diagnostics bundle (the logs, the configuration, the devices…): it adds one or
 * more entries to the zip. A new part (say, device counters) is one more section in the list
 * {@link DiagnosticsBundle} is given. A section writes nothing that holds personal data or secrets.
 */
public interface BundleSection {
    /** A short name for the manifest and for the error entry when the section fails. */
    String name();

    void write(BundleEntries entries) throws IOException;
}
