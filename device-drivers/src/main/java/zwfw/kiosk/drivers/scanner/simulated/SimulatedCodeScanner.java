package zwfw.kiosk.drivers.scanner.simulated;

import java.util.Map;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.scanner.AbstractCodeScanner;
import zwfw.kiosk.drivers.scanner.Scan;

/** A scanner in memory: the demo (or a test of what listens) makes it "scan" a given text. */
public final class SimulatedCodeScanner extends AbstractCodeScanner {
    public static final String DRIVER = "simulated";

    public SimulatedCodeScanner(String id) {
        super(id, DRIVER);
    }

    /** Delivers {@code text} as a scan, as if a code holding it was read. Ignored unless enabled. */
    public void simulateScan(String text) {
        deliver(Scan.of(text));
    }

    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        return new HealthReport(s.state().isUsable(), s, "simulated scanner", Map.of());
    }
}
