package zwfw.kiosk.drivers.docprinter.simulated;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;

/**
 * {@code driver: simulated} for A4 document printers: {@code outputDirectory} (none: pages kept in
 * memory) where each page is saved as PNG, {@code dpi} (100), {@code conditions} (none) the printer
 * reports at start, comma-separated condition names such as {@code PAPER_OUT}.
 */
public final class SimulatedDocumentPrinterFactory implements DeviceFactory {
    private static final DriverSettings SETTINGS = DriverSettings.of(
                    DriverSetting.path("outputDirectory", null, "where each printed page is saved as PNG (it shows the document: demos only); none: kept in memory"),
                    DriverSetting.integer("dpi", 36, 300, 100, "resolution of the rendered pages"),
                    DriverSetting.text("conditions", 256, "", "conditions at start, comma-separated, e.g. PAPER_OUT or PAPER_LOW,TONER_LOW"))
            .withRule(v -> conditions(v.text("conditions")).isEmpty()
                    ? Optional.of(new SettingProblem("conditions", "unknown condition in " + DriverSetting.quoted(v.text("conditions"))
                            + " (one of " + List.of(DocumentPrinterCondition.values()) + ")"))
                    : Optional.empty());

    private final Clock clock;

    /** Pages named by the machine's clock. */
    public SimulatedDocumentPrinterFactory() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock names the pages' files (the kiosk passes its own) */
    public SimulatedDocumentPrinterFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DOCUMENT_PRINTER;
    }

    @Override
    public String driver() {
        return SimulatedDocumentPrinter.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        SettingValues v = SETTINGS.read(config);
        SimulatedDocumentPrinter p = new SimulatedDocumentPrinter(config.id(),
                v.optionalText("outputDirectory").map(Path::of).orElse(null), v.integer("dpi"), clock);
        p.setConditions(conditions(v.text("conditions")).orElseThrow().toArray(DocumentPrinterCondition[]::new));
        return p;
    }

    /** The named conditions, or empty when one name is unknown. */
    private static Optional<List<DocumentPrinterCondition>> conditions(String text) {
        List<DocumentPrinterCondition> found = new ArrayList<>();
        for (String name : text.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                found.add(DocumentPrinterCondition.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(found);
    }
}
