package zwfw.kiosk.drivers.docprinter.ipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers;

/** The ipp driver's settings: defaults, ranges, and one clear line for what is wrong. */
class IppSettingsTest {

    private static DeviceConfig config(Map<String, Object> settings) {
        return new DeviceConfig("a4", DeviceKind.DOCUMENT_PRINTER, "ipp", settings);
    }

    @Test
    void defaultsAndAddresses() throws DeviceException {
        IppSettings s = IppSettings.from(config(Map.of("uri", "ipp://printer.example/printers/KioskA4")));
        assertEquals(IppSettings.DeviceSource.AUTO, s.deviceSource());
        assertEquals(Duration.ofSeconds(180), s.jobTimeout());
        assertEquals(URI.create("http://printer.example:631/printers/KioskA4"), IppClient.httpUri(s.uri()));
        assertEquals(URI.create("https://10.0.0.5:8443/ipp/print"), IppClient.httpUri(URI.create("ipps://10.0.0.5:8443/ipp/print")));
        assertEquals(IppSettings.DeviceSource.NONE, IppSettings.from(config(Map.of("uri", "ipp://h/p", "deviceUri", "none"))).deviceSource());
        IppSettings given = IppSettings.from(config(Map.of("uri", "ipp://h/p", "deviceUri", "ipp://10.0.0.50/ipp/print")));
        assertEquals(URI.create("ipp://10.0.0.50/ipp/print"), given.deviceUri());
    }

    @Test
    void onlyPlainIppDevicesBehindAQueueAreAsked() {
        assertTrue(IppStatusReader.askable(URI.create("ipp://10.0.0.50:631/ipp/print")));
        assertFalse(IppStatusReader.askable(URI.create("cups-pdf:/")));
        assertFalse(IppStatusReader.askable(URI.create("usb://HP/LaserJet?serial=1")));
        assertFalse(IppStatusReader.askable(URI.create("ipp://HP-LaserJet.local:631/ipp/print")));
    }

    @Test
    void badSettingsAreOneLineNamingTheSetting() {
        DeviceRegistry registry = DocumentPrinterDrivers.registerAll(new DeviceRegistry());
        String[][] cases = {
                {"uri", null, "setting uri: missing required setting"},
                {"uri", "lpd://host/queue", "setting uri: must be ipp://"},
                {"uri", "ipp://", "setting uri: must be ipp://"},
                {"pollMillis", "5", "setting pollMillis:"},
                {"deviceUri", "socket://x:9100", "setting deviceUri: must be ipp://"}};
        for (String[] c : cases) {
            Map<String, Object> settings = new java.util.HashMap<>(Map.of("uri", "ipp://127.0.0.1/printers/A"));
            if (c[1] == null) {
                settings.remove(c[0]);
            } else {
                settings.put(c[0], c[0].equals("pollMillis") ? Integer.valueOf(c[1]) : c[1]);
            }
            DeviceException e = assertThrows(DeviceException.class, () -> registry.create(config(settings)));
            assertEquals("BAD_SETTINGS", e.code());
            assertTrue(e.getMessage().contains(c[2]) && !e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
