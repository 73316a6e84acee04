package zwfw.kiosk.drivers.smartcard.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** Builds {@code driver: simulated} smart-card readers (setting {@code reader}: the reader's name). */
public final class SimulatedReaderFactory implements DeviceFactory {
    private static final DriverSettings SETTINGS = DriverSettings.of(
            DriverSetting.text("reader", 128, "Simulated Reader 0", "the reader's name as PC/SC would report it"));

    @Override
    public DeviceKind kind() {
        return DeviceKind.SMART_CARD_READER;
    }

    @Override
    public String driver() {
        return SimulatedSmartCardReader.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new SimulatedSmartCardReader(config.id(), SETTINGS.read(config).text("reader"));
    }
}
