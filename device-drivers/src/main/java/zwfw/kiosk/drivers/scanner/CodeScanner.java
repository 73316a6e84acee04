package zwfw.kiosk.drivers.scanner;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceException;

/**
 * A QR/barcode scanner: it delivers each code read as a {@link Scan} (raw text, no meaning) to
 * {@link ScanListener}s on the device's event thread while enabled.
 */
public interface CodeScanner extends Device {

    void addScanListener(ScanListener listener);

    void removeScanListener(ScanListener listener);

    /**
     * Asks a command-triggered engine to read now. Scanners that read by themselves (presentation
     * mode, hand triggers) ignore it.
     */
    default void trigger() throws DeviceException {
    }

    /** How many incoming codes were dropped as garbage, binary, undecodable or too long since open. */
    long droppedCount();
}
