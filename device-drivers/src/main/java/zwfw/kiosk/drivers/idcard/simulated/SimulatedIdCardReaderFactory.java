package zwfw.kiosk.drivers.idcard.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/**
 * Builds {@code driver: simulated} ID card readers. Settings: {@code readDelayMs} (default 400),
 * the time between placing a card and its delivery.
 */
public final class SimulatedIdCardReaderFactory implements DeviceFactory {
    public static final int DEFAULT_READ_DELAY_MS = 400;
    private static final DriverSettings SETTINGS = DriverSettings.of(
            DriverSetting.millis("readDelayMs", 0, 60_000, DEFAULT_READ_DELAY_MS, "time between placing a card and its delivery"));

    @Override
    public DeviceKind kind() {
        return DeviceKind.ID_CARD_READER;
    }

    @Override
    public String driver() {
        return SimulatedIdCardReader.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new SimulatedIdCardReader(config.id(), SETTINGS.read(config).duration("readDelayMs").toMillis());
    }
}
