package zwfw.kiosk.app.input.wedge;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingValues;

/** Builds {@code driver: keyboard-wedge} scanners; keys {@code maxGapMillis} (30) and {@code minLength} (4). */
public final class WedgeScannerFactory implements DeviceFactory {
    private static final DriverSettings SETTINGS = DriverSettings.of(
            DriverSetting.millis("maxGapMillis", 1, 500, WedgeSettings.defaults().maxGap().toMillis(),
                    "longest pause between two keys of one scan (people type slower)"),
            DriverSetting.integer("minLength", 1, 4096, WedgeSettings.defaults().minLength(),
                    "fewest characters of a scan; shorter fast bursts count as typing"));

    @Override
    public DeviceKind kind() {
        return DeviceKind.CODE_SCANNER;
    }

    @Override
    public String driver() {
        return WedgeCodeScanner.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        SettingValues v = SETTINGS.read(config);
        return new WedgeCodeScanner(config.id(), new WedgeSettings(v.duration("maxGapMillis"), v.integer("minLength")));
    }
}
