package zwfw.kiosk.drivers.printer.simulated;

import java.nio.file.Path;
import java.util.Locale;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

/**
 * {@code driver: simulated} for receipt printers. Settings: {@code profile} (default {@code 80mm}),
 * {@code outputDirectory} (where each printout is saved as PNG; none by default), {@code paper}
 * ({@code OK}, {@code NEAR_END} or {@code OUT} at start).
 */
public final class SimulatedPrinterFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.RECEIPT_PRINTER;
    }

    @Override
    public String driver() {
        return "simulated";
    }

    @Override
    public Device create(DeviceConfig config) {
        String dir = config.string("outputDirectory", null);
        SimulatedPrinter p = new SimulatedPrinter(config.id(), PrinterProfiles.require(config.string("profile", "80mm")),
                dir == null || dir.isBlank() ? null : Path.of(dir));
        String paper = config.string("paper", "OK").trim().toUpperCase(Locale.ROOT);
        try {
            p.setPaper(PrinterStatus.Paper.valueOf(paper));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device " + config.id() + ": paper must be OK, NEAR_END or OUT, not '" + paper + "'");
        }
        return p;
    }
}
