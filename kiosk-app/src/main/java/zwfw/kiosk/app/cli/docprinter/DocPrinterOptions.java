package zwfw.kiosk.app.cli.docprinter;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.wiring.KioskDrivers;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;

/**
 * Which A4 printer the docprinter commands use: {@code --uri} (the {@code ipp} driver), or
 * {@code --simulated}, else the DOCUMENT_PRINTER of the configuration.
 */
final class DocPrinterOptions {
    /** No printer configured, or its settings are wrong. */
    static final int EXIT_NO_PRINTER = 1;
    static final int EXIT_USAGE = 2;
    /** The printer refused the job before anything was sent (paper out, stopped …). */
    static final int EXIT_REFUSED = 3;
    /** The job was sent but did not complete (aborted, canceled, stopped, timed out, lost). */
    static final int EXIT_JOB_FAILED = 4;

    static final class Source {
        @Option(names = "--uri", paramLabel = "URI",
                description = "IPP printer or CUPS queue, e.g. ipp://127.0.0.1:631/printers/KioskA4 or ipp://printer:631/ipp/print")
        String uri;

        @Option(names = "--simulated", description = "use the simulated A4 printer (pages as PNG with --out)")
        boolean simulated;
    }

    @ArgGroup(exclusive = true)
    Source source;

    @Option(names = "--out", paramLabel = "DIR", description = "with --simulated: where the pages go as PNG")
    Path out;

    @Mixin
    ConfigOptions config;

    private DeviceConfig deviceConfig() {
        if (source != null && source.uri != null) {
            return new DeviceConfig("docprinter", DeviceKind.DOCUMENT_PRINTER, "ipp", Map.of("uri", source.uri));
        }
        if (source != null && source.simulated) {
            Map<String, Object> s = new HashMap<>();
            if (out != null) {
                s.put("outputDirectory", out.toString());
            }
            return new DeviceConfig("docprinter", DeviceKind.DOCUMENT_PRINTER, "simulated", s);
        }
        return config.load().devices().stream().filter(d -> d.kind() == DeviceKind.DOCUMENT_PRINTER).findFirst()
                .orElseThrow(() -> new CliFailure(EXIT_NO_PRINTER, "no DOCUMENT_PRINTER in the devices of " + config.directory()
                        + "/kiosk.yaml (or use --uri URI / --simulated)"));
    }

    /** The kiosk's clock where the configuration loads; the system's in the kiosk's default zone otherwise. */
    java.time.Clock clock() {
        try {
            return config.load().clock();
        } catch (CliFailure e) {
            return zwfw.kiosk.core.config.KioskConfig.clockWithoutConfiguration();
        }
    }

    /** Builds, opens and enables the printer, or fails with one line. */
    DocumentPrinter open() {
        DeviceConfig dc = deviceConfig();
        Device device;
        try {
            device = KioskDrivers.registry(clock()).create(dc);
        } catch (DeviceException e) {
            throw new CliFailure(EXIT_NO_PRINTER, "document printer " + dc.id() + ": " + e.getMessage());
        }
        if (!(device instanceof DocumentPrinter printer)) {
            throw new CliFailure(EXIT_NO_PRINTER, "device " + dc.id() + " is not a document printer");
        }
        try {
            printer.open();
            printer.enable();
        } catch (DeviceException e) {
            printer.close();
            throw new CliFailure(EXIT_NO_PRINTER, "document printer " + dc.id() + ": " + e.getMessage());
        }
        return printer;
    }
}
