package zwfw.kiosk.core.config;

import java.util.Map;
import zwfw.kiosk.drivers.camera.CameraDrivers;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.idcard.IdCardDrivers;
import zwfw.kiosk.drivers.printer.PrinterDrivers;
import zwfw.kiosk.drivers.scanner.serial.SerialScannerFactory;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedScannerFactory;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscReaderFactory;
import zwfw.kiosk.drivers.smartcard.simulated.SimulatedReaderFactory;

/** The device-drivers module's drivers (kiosk-app adds the keyboard wedge), for loading configurations in tests. */
final class TestDrivers {
    private TestDrivers() {
    }

    static DeviceRegistry registry() {
        DeviceRegistry registry = new DeviceRegistry();
        IdCardDrivers.registerAll(registry);
        PrinterDrivers.registerAll(registry);
        CameraDrivers.registerAll(registry);
        zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers.registerAll(registry); // the shipped config has an A4 printer
        return registry.register(new SerialScannerFactory()).register(new SimulatedScannerFactory())
                .register(new PcscReaderFactory()).register(new SimulatedReaderFactory());
    }

    static ConfigLoader loader(Map<String, String> environment) {
        return new ConfigLoader(environment, registry());
    }
}
