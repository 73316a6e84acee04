package zwfw.kiosk.drivers.scanner.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

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
    public DriverSettings settings() {
        return DriverSettings.none();
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        DriverSettings.none().read(config);
        return new SimulatedCodeScanner(config.id());
    }
}
