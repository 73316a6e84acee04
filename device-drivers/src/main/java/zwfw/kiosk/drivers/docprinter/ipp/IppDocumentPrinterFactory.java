package zwfw.kiosk.drivers.docprinter.ipp;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** {@code driver: ipp} for A4 document printers: a CUPS queue or an IPP Everywhere printer (settings: {@link IppSettings}). */
public final class IppDocumentPrinterFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.DOCUMENT_PRINTER;
    }

    @Override
    public String driver() {
        return IppDocumentPrinter.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return IppSettings.DECLARED;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new IppDocumentPrinter(config.id(), IppSettings.from(config));
    }
}
