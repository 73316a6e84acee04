package zwfw.kiosk.drivers.idcard;

import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.idcard.serial.SamSerialIdCardReaderFactory;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReaderFactory;

/** Registers every ID card reader driver ({@code sam-serial}, {@code simulated}) with a registry. */
public final class IdCardDrivers {

    private IdCardDrivers() {
    }

    public static DeviceRegistry registerAll(DeviceRegistry registry) {
        return registry.register(new SamSerialIdCardReaderFactory()).register(new SimulatedIdCardReaderFactory());
    }
}
