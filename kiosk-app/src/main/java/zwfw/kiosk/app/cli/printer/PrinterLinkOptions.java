package zwfw.kiosk.app.cli.printer;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.drivers.printer.escpos.EscPosPrinter;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.file.DeviceFileTransport;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;
import zwfw.kiosk.drivers.transport.tcp.TcpTransport;

/** Where the printer is (serial port, TCP host:port or device file) and how to drive it, shared by the printer commands. */
final class PrinterLinkOptions {
    /** Exit code when the link itself cannot be opened (no such port, busy, nothing listening). */
    static final int EXIT_NO_LINK = 2;
    /** Exit code for a bad option value (unknown profile, malformed HOST:PORT), as picocli uses for usage errors. */
    static final int EXIT_USAGE = 2;

    static final class Link {
        @Option(names = "--port", paramLabel = "PATH", description = "serial port, e.g. /dev/ttyUSB0")
        String port;

        @Option(names = "--tcp", paramLabel = "HOST:PORT", description = "network printer, raw TCP (port 9100 if omitted)")
        String tcp;

        @Option(names = "--device", paramLabel = "PATH", description = "USB printer class device, e.g. /dev/usb/lp0")
        Path device;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Link link;

    @Bounded(min = 300, max = 4_000_000, unit = "baud")
    @Option(names = "--baud", defaultValue = "9600", description = "serial baud rate (default: ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--profile", defaultValue = "simple",
            description = "printer profile: 58mm, 80mm, pos-5890, tm-t88 or simple (default: ${DEFAULT-VALUE})")
    String profile;

    @Bounded(min = 10, max = 60_000, unit = "ms")
    @Option(names = "--status-timeout", defaultValue = "500", paramLabel = "MS",
            description = "how long to wait for each status answer (default: ${DEFAULT-VALUE} ms)")
    int statusTimeoutMillis;

    PrinterProfile profile() {
        try {
            return PrinterProfiles.require(profile);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(EXIT_USAGE, e.getMessage());
        }
    }

    /** Opens the link (failing with a one-line reason) and wraps it in an ESC/POS printer, opened and enabled. */
    EscPosPrinter openPrinter() {
        return openPrinter(true);
    }

    /** @param statusQueries false for a printer with no way back (a one-way USB printer): nothing is asked */
    EscPosPrinter openPrinter(boolean statusQueries) {
        PrinterProfile p = profile();
        ByteTransport t;
        if (link.port != null) {
            InputFiles.checkPort(link.port, EXIT_NO_LINK);
            t = new SerialTransport(SerialSettings.of(link.port, baud));
        } else if (link.tcp != null) {
            try {
                t = TcpTransport.parse(link.tcp, 2000);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(EXIT_USAGE, e.getMessage());
            }
        } else {
            t = new DeviceFileTransport(link.device);
        }
        try {
            t.open();
        } catch (TransportException e) {
            throw new CliFailure(EXIT_NO_LINK, e.getMessage());
        }
        EscPosPrinter printer = new EscPosPrinter("printer", t, p, statusTimeoutMillis, statusQueries);
        try {
            printer.open();
            printer.enable();
        } catch (zwfw.kiosk.drivers.device.DeviceException e) {
            printer.close();
            throw new CliFailure(EXIT_NO_LINK, e.getMessage());
        }
        return printer;
    }
}
