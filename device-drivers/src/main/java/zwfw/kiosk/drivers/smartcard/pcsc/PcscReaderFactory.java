package zwfw.kiosk.drivers.smartcard.pcsc;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** Builds {@code driver: pcsc} smart-card readers. */
public final class PcscReaderFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.SMART_CARD_READER;
    }

    @Override
    public String driver() {
        return PcscSmartCardReader.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return PcscSettings.DECLARED;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new PcscSmartCardReader(config.id(), PcscSettings.from(PcscSettings.DECLARED.read(config)));
    }
}
