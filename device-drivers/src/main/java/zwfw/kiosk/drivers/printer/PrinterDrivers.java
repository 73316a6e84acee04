package zwfw.kiosk.drivers.printer;

import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.printer.escpos.EscPosPrinterFactory;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinterFactory;

/** Registers the receipt printer drivers ({@code escpos}, {@code simulated}) with a registry. */
public final class PrinterDrivers {

    private PrinterDrivers() {
    }

    public static DeviceRegistry registerAll(DeviceRegistry registry) {
        return registry.register(new EscPosPrinterFactory()).register(new SimulatedPrinterFactory());
    }

    /** As {@link #registerAll(DeviceRegistry)}, the simulated printer naming its files by {@code clock}. */
    public static DeviceRegistry registerAll(DeviceRegistry registry, java.time.Clock clock) {
        return registry.register(new EscPosPrinterFactory()).register(new SimulatedPrinterFactory(clock));
    }
}
