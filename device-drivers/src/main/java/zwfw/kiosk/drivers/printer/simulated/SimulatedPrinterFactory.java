package zwfw.kiosk.drivers.printer.simulated;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingValues;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

/**
 * {@code driver: simulated} for receipt printers. Settings: {@code profile} (default {@code 80mm}),
 * {@code outputDirectory} (where each printout is saved as PNG; none by default), {@code paper}
 * ({@code OK}, {@code NEAR_END} or {@code OUT} at start).
 */
public final class SimulatedPrinterFactory implements DeviceFactory {
    private static final DriverSettings SETTINGS = DriverSettings.of(
            DriverSetting.choice("profile", PrinterProfiles.names(), "80mm", "paper width and the printer's abilities"),
            DriverSetting.path("outputDirectory", null, "where each printout is saved as a PNG image; none: kept in memory"),
            DriverSetting.choice("paper", List.of("OK", "NEAR_END", "OUT"), "OK", "the paper roll at start"));

    private final Clock clock;

    /** Printouts named by the machine's clock. */
    public SimulatedPrinterFactory() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock names the printouts' files (the kiosk passes its own) */
    public SimulatedPrinterFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.RECEIPT_PRINTER;
    }

    @Override
    public String driver() {
        return "simulated";
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        SettingValues v = SETTINGS.read(config);
        SimulatedPrinter p = new SimulatedPrinter(config.id(), PrinterProfiles.require(v.text("profile")),
                v.optionalText("outputDirectory").map(Path::of).orElse(null), clock);
        p.setPaper(PrinterStatus.Paper.valueOf(v.text("paper")));
        return p;
    }
}
