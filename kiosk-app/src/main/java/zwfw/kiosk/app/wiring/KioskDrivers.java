package zwfw.kiosk.app.wiring;

import java.util.Map;
import zwfw.kiosk.app.input.wedge.WedgeScannerFactory;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.drivers.camera.CameraDrivers;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers;
import zwfw.kiosk.drivers.idcard.IdCardDrivers;
import zwfw.kiosk.drivers.printer.PrinterDrivers;
import zwfw.kiosk.drivers.scanner.serial.SerialScannerFactory;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedScannerFactory;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscReaderFactory;
import zwfw.kiosk.drivers.smartcard.simulated.SimulatedReaderFactory;

/** Every driver the kiosk knows, by kind and {@code driver:} name (the jpos.xml of this project). */
public final class KioskDrivers {
    private KioskDrivers() {
    }

    /**
     * The configuration loader the kiosk and kioskctl use: it checks every device against the
     * settings its driver here declares, so validation and start apply the same rules.
     */
    public static ConfigLoader configLoader(Map<String, String> environment) {
        return new ConfigLoader(environment, registry());
    }

    /** {@link #configLoader} for this process's environment. */
    public static ConfigLoader configLoader() {
        return configLoader(System.getenv());
    }

    /** Every driver, the simulated printers naming their files by the machine's clock: for reading settings. */
    public static DeviceRegistry registry() {
        return registry(null);
    }

    /** Every driver, the simulated printers naming their files by {@code clock} (the running kiosk's; null: the machine's). */
    public static DeviceRegistry registry(java.time.Clock clock) {
        DeviceRegistry registry = new DeviceRegistry();
        IdCardDrivers.registerAll(registry);
        if (clock == null) {
            PrinterDrivers.registerAll(registry);
        } else {
            PrinterDrivers.registerAll(registry, clock);
        }
        registry.register(new SerialScannerFactory());
        registry.register(new SimulatedScannerFactory());
        registry.register(new WedgeScannerFactory());
        registry.register(new PcscReaderFactory());
        registry.register(new SimulatedReaderFactory());
        CameraDrivers.registerAll(registry);
        if (clock == null) {
            DocumentPrinterDrivers.registerAll(registry);
        } else {
            DocumentPrinterDrivers.registerAll(registry, clock);
        }
        return registry;
    }
}
