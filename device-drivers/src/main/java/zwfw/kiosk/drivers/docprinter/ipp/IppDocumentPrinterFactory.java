package zwfw.kiosk.drivers.docprinter.ipp;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

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
    public Device create(DeviceConfig config) throws DeviceException {
        try {
            return new IppDocumentPrinter(config.id(), IppSettings.from(config));
        } catch (IllegalArgumentException e) {
            throw new DeviceException("BAD_SETTINGS", e.getMessage(), e);
        }
    }
}
