package zwfw.kiosk.drivers.docprinter;

import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.docprinter.ipp.IppDocumentPrinterFactory;
import zwfw.kiosk.drivers.docprinter.simulated.SimulatedDocumentPrinterFactory;

/** Registers the A4 document printer drivers ({@code ipp}, {@code simulated}) with a registry. */
public final class DocumentPrinterDrivers {

    private DocumentPrinterDrivers() {
    }

    public static DeviceRegistry registerAll(DeviceRegistry registry) {
        return registry.register(new IppDocumentPrinterFactory()).register(new SimulatedDocumentPrinterFactory());
    }

    /** As {@link #registerAll(DeviceRegistry)}, the simulated printer naming its files by {@code clock}. */
    public static DeviceRegistry registerAll(DeviceRegistry registry, java.time.Clock clock) {
        return registry.register(new IppDocumentPrinterFactory()).register(new SimulatedDocumentPrinterFactory(clock));
    }
}
