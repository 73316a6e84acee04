package zwfw.kiosk.app.wiring;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the diagnostics bundle (masked logs, configuration without secrets, device states and
 * counters, versions, outbox statistics, the audit log) for the maintenance screen's button:
 * to a USB stick that is plugged in, else to the data directory. The bundle itself is built in
 * kiosk-core by its own work; {@link KioskAssembly#diagnosticsExport()} is where it is joined.
 */
public interface DiagnosticsExport {

    /** Writes one bundle and returns where it went. Blocking: never on the FX thread. */
    Path export() throws IOException;
}
