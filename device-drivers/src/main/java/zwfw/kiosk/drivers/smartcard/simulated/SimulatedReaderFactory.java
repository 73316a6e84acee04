package zwfw.kiosk.drivers.smartcard.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

/** Builds {@code driver: simulated} smart-card readers (setting {@code reader}: the reader's name). */
public final class SimulatedReaderFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.SMART_CARD_READER;
    }

    @Override
    public String driver() {
        return SimulatedSmartCardReader.DRIVER;
    }

    @Override
    public Device create(DeviceConfig config) {
        return SimulatedSmartCardReader.from(config);
    }
}
