package zwfw.kiosk.drivers.scanner.simulated;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.scanner.CodeScanner;

class SimulatedCodeScannerTest {

    @Test
    void theDemoMakesItScanWhileEnabledAndListenersHearItOffTheCallersThread() throws Exception {
        CodeScanner scanner = (CodeScanner) new DeviceRegistry().register(new SimulatedScannerFactory())
                .create(new DeviceConfig("qr", DeviceKind.CODE_SCANNER, "simulated", Map.of()));
        List<String> heard = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        scanner.addScanListener((s, scan) -> {
            heard.add(scan.text());
            threads.add(Thread.currentThread());
        });
        scanner.open();
        ((SimulatedCodeScanner) scanner).simulateScan("before enable");
        scanner.enable();
        ((SimulatedCodeScanner) scanner).simulateScan("zwfw://auth?token=abcdefghijklmnop");
        await().until(() -> heard.size() == 1);
        assertEquals(List.of("zwfw://auth?token=abcdefghijklmnop"), heard);
        assertNotEquals(Thread.currentThread(), threads.get(0));
        scanner.close();
    }
}
