package zwfw.kiosk.drivers.idcard.serial;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** Builds {@code driver: sam-serial} ID card readers from configuration. */
public final class SamSerialIdCardReaderFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.ID_CARD_READER;
    }

    @Override
    public String driver() {
        return SamSerialIdCardReader.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SamReaderSettings.DECLARED;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new SamSerialIdCardReader(config.id(), SamReaderSettings.from(SamReaderSettings.DECLARED.read(config)));
    }
}
