package zwfw.kiosk.drivers.idcard.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

/**
 * Builds {@code driver: simulated} ID card readers. Settings: {@code readDelayMs} (default 400),
 * the time between placing a card and its delivery.
 */
public final class SimulatedIdCardReaderFactory implements DeviceFactory {
    public static final int DEFAULT_READ_DELAY_MS = 400;

    @Override
    public DeviceKind kind() {
        return DeviceKind.ID_CARD_READER;
    }

    @Override
    public String driver() {
        return SimulatedIdCardReader.DRIVER;
    }

    @Override
    public Device create(DeviceConfig config) {
        return new SimulatedIdCardReader(config.id(), config.integer("readDelayMs", DEFAULT_READ_DELAY_MS));
    }
}
