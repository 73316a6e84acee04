package zwfw.kiosk.drivers.printer.escpos;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingProblem;
import zwfw.kiosk.drivers.device.settings.SettingValues;
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

    private static final DriverSettings SETTINGS = DriverSettings.of(
            DriverSetting.choice("transport", List.of("serial", "usb-lp", "tcp", "file"), null,
                    "how the printer is reached; by default from which of port, device, host is set"),
            DriverSetting.port("port", null, "serial port of a serial printer, e.g. /dev/ttyUSB1"),
            DriverSetting.integer("baud", SerialSettings.MIN_BAUD, SerialSettings.MAX_BAUD, DEFAULT_BAUD, "serial line speed"),
            DriverSetting.port("device", DEFAULT_USB_DEVICE, "printer device node of a USB printer"),
            DriverSetting.host("host", null, "host name or address of a network printer"),
            DriverSetting.integer("tcpPort", 1, 65535, TcpTransport.RAW_PRINTING_PORT, "TCP port of a network printer"),
            DriverSetting.millis("connectTimeoutMillis", 100, 60_000, 2000, "how long to wait for a network printer to answer"),
            DriverSetting.choice("profile", PrinterProfiles.names(), PrinterProfiles.FALLBACK, "paper width and the printer's abilities"),
            DriverSetting.millis("statusTimeoutMillis", 50, 10_000, DEFAULT_STATUS_TIMEOUT_MILLIS, "how long to wait for a status answer"),
            DriverSetting.flag("statusQueries", true, "ask the printer for paper and cover status (off for printers that never answer)"))
            .withRule(EscPosPrinterFactory::oneTransport)
            .withRule(v -> switch (transportOf(v)) {
                case "serial" -> v.isSet("port") ? Optional.empty()
                        : Optional.of(new SettingProblem("port", "a serial printer needs 'port' (e.g. /dev/ttyUSB0)"));
                case "tcp" -> v.isSet("host") ? Optional.empty()
                        : Optional.of(new SettingProblem("host", "a network printer needs 'host'"));
                default -> Optional.empty();
            });

    @Override
    public DeviceKind kind() {
        return DeviceKind.RECEIPT_PRINTER;
    }

    @Override
    public String driver() {
        return "escpos";
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig c) throws DeviceException {
        SettingValues v = SETTINGS.read(c);
        return new EscPosPrinter(c.id(), transport(v), PrinterProfiles.require(v.text("profile")),
                (int) v.duration("statusTimeoutMillis").toMillis(), v.flag("statusQueries"));
    }

    static ByteTransport transport(DeviceConfig c) throws DeviceException {
        return transport(SETTINGS.read(c));
    }

    private static ByteTransport transport(SettingValues v) {
        return switch (transportOf(v)) {
            case "serial" -> new SerialTransport(SerialSettings.of(v.text("port"), v.integer("baud")));
            case "tcp" -> new TcpTransport(v.text("host"), v.integer("tcpPort"), (int) v.duration("connectTimeoutMillis").toMillis());
            default -> new DeviceFileTransport(Path.of(v.text("device")));
        };
    }

    /** The transport named, or the one whose setting is given: host means tcp, device means usb-lp, else serial. */
    private static String transportOf(SettingValues v) {
        if (v.isSet("transport")) {
            return v.text("transport").equals("file") ? "usb-lp" : v.text("transport");
        }
        return v.isSet("host") ? "tcp" : v.isSet("device") ? "usb-lp" : "serial";
    }

    /** port, device and host each pick a transport: more than one leaves it unclear which printer is meant. */
    private static Optional<SettingProblem> oneTransport(SettingValues v) {
        List<String> given = List.of("port", "device", "host").stream().filter(v::isSet).toList();
        return given.size() > 1
                ? Optional.of(new SettingProblem(given.get(1), "give only one of port (serial), device (usb-lp) and host (tcp), not "
                        + String.join(" and ", given)))
                : Optional.empty();
    }
}
