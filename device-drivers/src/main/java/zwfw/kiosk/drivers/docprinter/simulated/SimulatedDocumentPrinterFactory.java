package zwfw.kiosk.drivers.docprinter.simulated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;

/**
 * {@code driver: simulated} for A4 document printers. Settings, all read here:
 * <pre>
 * name             type    range / values                                 default
 * outputDirectory  string  a directory for the pages as PNG                (none: memory only)
 * dpi              int     36..300                                         100
 * conditions       string  comma-separated DocumentPrinterCondition names   (none: ready)
 * </pre>
 */
public final class SimulatedDocumentPrinterFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.DOCUMENT_PRINTER;
    }

    @Override
    public String driver() {
        return SimulatedDocumentPrinter.DRIVER;
    }

    @Override
    public Device create(DeviceConfig c) throws DeviceException {
        String dir = c.string("outputDirectory", "").trim();
        int dpi = c.integer("dpi", 100);
        if (dpi < 36 || dpi > 300) {
            throw new DeviceException("BAD_SETTINGS", "device " + c.id() + ": setting 'dpi' must be 36..300, not " + dpi);
        }
        List<DocumentPrinterCondition> conditions = new ArrayList<>();
        for (String name : c.string("conditions", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                conditions.add(DocumentPrinterCondition.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DeviceException("BAD_SETTINGS", "device " + c.id() + ": unknown condition '" + name.trim()
                        + "' (one of " + List.of(DocumentPrinterCondition.values()) + ")");
            }
        }
        SimulatedDocumentPrinter p = new SimulatedDocumentPrinter(c.id(), dir.isEmpty() ? null : Path.of(dir), dpi);
        p.setConditions(conditions.toArray(DocumentPrinterCondition[]::new));
        return p;
    }
}
