package zwfw.kiosk.drivers.scanner.serial;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** Builds {@code driver: serial-scanner} code scanners from the keys in {@link SerialScannerSettings}. */
public final class SerialScannerFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.CODE_SCANNER;
    }

    @Override
    public String driver() {
        return SerialCodeScanner.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SerialScannerSettings.DECLARED;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new SerialCodeScanner(config.id(), SerialScannerSettings.from(SerialScannerSettings.DECLARED.read(config)));
    }
}
