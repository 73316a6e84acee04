package zwfw.kiosk.drivers.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.transport.file.DeviceFileTransport;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;
import zwfw.kiosk.drivers.transport.tcp.TcpTransport;

class EscPosPrinterFactoryTest {

    private static DeviceConfig config(Map<String, Object> settings) {
        return new DeviceConfig("printer", DeviceKind.RECEIPT_PRINTER, "escpos", settings);
    }

    @Test
    void theTransportFollowsWhichSettingIsGiven() throws Exception {
        assertTrue(EscPosPrinterFactory.transport(config(Map.of("port", "/dev/ttyUSB0"))) instanceof SerialTransport);
        assertTrue(EscPosPrinterFactory.transport(config(Map.of("host", "10.0.0.9"))) instanceof TcpTransport);
        assertEquals("10.0.0.9:9100", EscPosPrinterFactory.transport(config(Map.of("host", "10.0.0.9"))).name());
        assertTrue(EscPosPrinterFactory.transport(config(Map.of("device", "/dev/usb/lp0"))) instanceof DeviceFileTransport);
        assertEquals("/dev/usb/lp0", EscPosPrinterFactory.transport(config(Map.of("transport", "usb-lp"))).name());
    }

    @Test
    void badSettingsAreNamedClearly() {
        DeviceException noPort = assertThrows(DeviceException.class, () -> new EscPosPrinterFactory().create(config(Map.of())));
        assertEquals("BAD_SETTINGS", noPort.code());
        assertTrue(noPort.getMessage().contains("a serial printer needs 'port'"), noPort.getMessage());
        DeviceException badKind = assertThrows(DeviceException.class,
                () -> EscPosPrinterFactory.transport(config(Map.of("transport", "bluetooth"))));
        assertTrue(badKind.getMessage().contains("must be one of [serial, usb-lp, tcp, file], not 'bluetooth'"), badKind.getMessage());
        DeviceException badProfile = assertThrows(DeviceException.class,
                () -> new EscPosPrinterFactory().create(config(Map.of("port", "/dev/ttyS0", "profile", "100mm"))));
        assertTrue(badProfile.getMessage().contains("58mm"), badProfile.getMessage());
    }
}
