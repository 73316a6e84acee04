package zwfw.kiosk.drivers.scanner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceKind;

/**
 * The scan-listener plumbing every scanner shares: a driver hands each code it reads to
 * {@link #deliver}, which reaches the listeners on the device's event thread while enabled.
 */
public abstract class AbstractCodeScanner extends AbstractDevice implements CodeScanner {
    private final List<ScanListener> scanListeners = new CopyOnWriteArrayList<>();

    protected AbstractCodeScanner(String id, String driver) {
        super(id, DeviceKind.CODE_SCANNER, driver);
    }

    /** Delivers a read code to every listener; ignored unless the scanner is enabled. */
    protected final void deliver(Scan scan) {
        if (!isEnabled()) {
            return;
        }
        for (ScanListener l : scanListeners) {
            dispatch(() -> l.scanned(this, scan));
        }
    }

    @Override
    public final void addScanListener(ScanListener listener) {
        scanListeners.add(java.util.Objects.requireNonNull(listener));
    }

    @Override
    public final void removeScanListener(ScanListener listener) {
        scanListeners.remove(listener);
    }

    /** Scanners that never drop input (simulated, keyboard wedge) report none. */
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
}
