package zwfw.kiosk.drivers.scanner.simulated;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.scanner.CodeScanner;
import zwfw.kiosk.drivers.scanner.Scan;
import zwfw.kiosk.drivers.scanner.ScanListener;

/** A scanner in memory: the demo (or a test of what listens) makes it "scan" a given text. */
public final class SimulatedCodeScanner extends AbstractDevice implements CodeScanner {
    public static final String DRIVER = "simulated";

    private final List<ScanListener> scanListeners = new CopyOnWriteArrayList<>();

    public SimulatedCodeScanner(String id) {
        super(id, DeviceKind.CODE_SCANNER, DRIVER);
    }

    /** Delivers {@code text} as a scan, as if a code holding it was read. Ignored unless enabled. */
    public void simulateScan(String text) {
        if (!isEnabled()) {
            return;
        }
        Scan scan = Scan.of(text);
        for (ScanListener l : scanListeners) {
            dispatch(() -> l.scanned(this, scan));
        }
    }

    @Override
    public void addScanListener(ScanListener listener) {
        scanListeners.add(listener);
    }

    @Override
    public void removeScanListener(ScanListener listener) {
        scanListeners.remove(listener);
    }

    @Override
    public long droppedCount() {
        return 0;
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }

    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        return new HealthReport(s.state().isUsable(), s, "simulated scanner", Map.of());
    }
}
