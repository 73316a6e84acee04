package zwfw.kiosk.drivers.scanner.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

/** Builds {@code driver: simulated} code scanners. */
public final class SimulatedScannerFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.CODE_SCANNER;
    }

    @Override
    public String driver() {
        return SimulatedCodeScanner.DRIVER;
    }

    @Override
    public Device create(DeviceConfig config) {
        return new SimulatedCodeScanner(config.id());
    }
}
