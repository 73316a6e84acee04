package zwfw.kiosk.drivers.printer.escpos;

import java.nio.file.Path;
import java.util.Locale;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.file.DeviceFileTransport;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;
import zwfw.kiosk.drivers.transport.tcp.TcpTransport;

/**
 * {@code driver: escpos}. Settings (see docs/receipt-printing.md): {@code transport}
 * ({@code serial}, {@code usb-lp} or {@code tcp}; inferred from which of {@code port},
 * {@code device}, {@code host} is set), {@code port} and {@code baud} (9600) for serial,
 * {@code device} ({@code /dev/usb/lp0}) for USB, {@code host} and {@code tcpPort} (9100) and
 * {@code connectTimeoutMillis} (2000) for TCP, {@code profile} ({@code simple}),
 * {@code statusTimeoutMillis} (500) and {@code statusQueries} (true).
 */
public final class EscPosPrinterFactory implements DeviceFactory {
    public static final int DEFAULT_BAUD = 9600;
    public static final int DEFAULT_STATUS_TIMEOUT_MILLIS = 500;
    public static final String DEFAULT_USB_DEVICE = "/dev/usb/lp0";

    @Override
    public DeviceKind kind() {
        return DeviceKind.RECEIPT_PRINTER;
    }

    @Override
    public String driver() {
        return "escpos";
    }

    @Override
    public Device create(DeviceConfig c) throws DeviceException {
        return new EscPosPrinter(c.id(), transport(c), PrinterProfiles.require(c.string("profile", PrinterProfiles.FALLBACK)),
                c.integer("statusTimeoutMillis", DEFAULT_STATUS_TIMEOUT_MILLIS), c.flag("statusQueries", true));
    }

    static ByteTransport transport(DeviceConfig c) throws DeviceException {
        String kind = c.string("transport", c.settings().containsKey("host") ? "tcp"
                : c.settings().containsKey("device") ? "usb-lp" : "serial").trim().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "serial":
                String port = c.string("port", null);
                if (port == null || port.isBlank()) {
                    throw new DeviceException("BAD_CONFIG", "device " + c.id() + ": serial printer needs 'port' (e.g. /dev/ttyUSB0)");
                }
                return new SerialTransport(SerialSettings.of(port, c.integer("baud", DEFAULT_BAUD)));
            case "usb-lp":
            case "file":
                return new DeviceFileTransport(Path.of(c.string("device", DEFAULT_USB_DEVICE)));
            case "tcp":
                String host = c.string("host", null);
                if (host == null || host.isBlank()) {
                    throw new DeviceException("BAD_CONFIG", "device " + c.id() + ": network printer needs 'host'");
                }
                return new TcpTransport(host, c.integer("tcpPort", TcpTransport.RAW_PRINTING_PORT),
                        c.integer("connectTimeoutMillis", 2000));
            default:
                throw new DeviceException("BAD_CONFIG", "device " + c.id() + ": transport must be serial, usb-lp or tcp, not '" + kind + "'");
        }
    }
}
