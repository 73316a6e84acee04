package zwfw.kiosk.app.input.wedge;

import java.time.Duration;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

/** Builds {@code driver: keyboard-wedge} scanners; keys {@code maxGapMillis} (30) and {@code minLength} (4). */
public final class WedgeScannerFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.CODE_SCANNER;
    }

    @Override
    public String driver() {
        return WedgeCodeScanner.DRIVER;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        try {
            WedgeSettings d = WedgeSettings.defaults();
            return new WedgeCodeScanner(config.id(), new WedgeSettings(
                    Duration.ofMillis(config.integer("maxGapMillis", (int) d.maxGap().toMillis())),
                    config.integer("minLength", d.minLength())));
        } catch (IllegalArgumentException e) {
            throw new DeviceException("BAD_SETTINGS", "device " + config.id() + ": " + e.getMessage(), e);
        }
    }
}
