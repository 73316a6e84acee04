package zwfw.kiosk.drivers.scanner.serial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.scanner.Scan;
import zwfw.kiosk.drivers.scanner.emulator.ScannerEmulator;

/** The serial scanner driver on one end of a pseudo-terminal, a scan-engine emulator on the other. */
class SerialCodeScannerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private ScannerEmulator engine;
    private SerialCodeScanner scanner;
    private final List<Scan> scans = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() {
        if (scanner != null) {
            scanner.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    private Path port() {
        return dir.resolve("ttyScanner");
    }

    private void start(SerialScannerSettings settings) throws Exception {
        scanner = new SerialCodeScanner("scanner", settings);
        scanner.addScanListener((s, scan) -> scans.add(scan));
        scanner.open();
        scanner.enable();
    }

    private List<String> texts() {
        return scans.stream().map(Scan::text).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Suffix.class, names = {"CR", "LF", "CRLF"})
    void codesEndingInTheConfiguredSuffixArriveOneByOne(Suffix suffix) throws Exception {
        engine = ScannerEmulator.plugIn(port(), 115200).suffix(switch (suffix) {
            case CR -> new byte[] {'\r'};
            case LF -> new byte[] {'\n'};
            default -> new byte[] {'\r', '\n'};
        });
        start(SerialScannerSettings.of(port().toString()).withBaud(115200).withSuffix(suffix, 50));
        engine.scan("https://platform.example.gov.cn/q/SA20261124000123");
        engine.scan("6901234567892");
        await().atMost(WAIT).until(() -> scans.size() == 2);
        assertEquals(List.of("https://platform.example.gov.cn/q/SA20261124000123", "6901234567892"), texts());
        assertEquals(DeviceState.READY, scanner.status().state());
    }

    @Test
    // 250 ms of silence, not 60: on a loaded machine (load 30 on 2 cores) the emulator's bytes came 60 ms apart and the
    // code was cut in two; a scanner's burst at 9600 baud is well under 250 ms and people do not scan that fast.
    void withoutASuffixASilenceEndsTheCode() throws Exception {
        engine = ScannerEmulator.plugIn(port(), 9600).suffix(new byte[0]);
        start(SerialScannerSettings.of(port().toString()).withSuffix(Suffix.NONE, 250));
        engine.scan("ABC-123");
        await().atMost(WAIT).until(() -> scans.size() == 1);
        engine.scan("DEF-456");
        await().atMost(WAIT).until(() -> scans.size() == 2);
        assertEquals(List.of("ABC-123", "DEF-456"), texts());
    }

    @Test
    void aPrefixAndAnAimIdentifierAreRemovedAndTheSymbologyKept() throws Exception {
        engine = ScannerEmulator.plugIn(port(), 115200).prefix("@@").aimId("]Q1");
        start(SerialScannerSettings.of(port().toString()).withBaud(115200)
                .withText("@@", true, StandardCharsets.UTF_8, 1024));
        engine.scan("zwfw://auth?token=abcdefghijklmnop");
        await().atMost(WAIT).until(() -> scans.size() == 1);
        assertEquals("zwfw://auth?token=abcdefghijklmnop", scans.get(0).text());
        assertEquals("]Q1", scans.get(0).symbology());
    }

    @Test
    void gbkCodesDecodeToChinese() throws Exception {
        Charset gbk = Charset.forName("GBK");
        engine = ScannerEmulator.plugIn(port(), 115200).charset(gbk);
        start(SerialScannerSettings.of(port().toString()).withBaud(115200).withText("", false, gbk, 1024));
        engine.scan("社会保障卡 申请 No.7");
        await().atMost(WAIT).until(() -> scans.size() == 1);
        assertEquals("社会保障卡 申请 No.7", scans.get(0).text());
    }

    @Test
    void garbageBinaryAndOverlongLinesAreDroppedAndCountedWhileGoodCodesStillArrive() throws Exception {
        engine = ScannerEmulator.plugIn(port(), 115200);
        start(SerialScannerSettings.of(port().toString()).withBaud(115200)
                .withText("", false, StandardCharsets.UTF_8, 20));
        engine.sendRaw(new byte[] {0x01, 0x02, (byte) 0x9B, 0x00, 0x1B, '\r'});
        engine.sendRaw(new byte[] {'A', (byte) 0xC3, (byte) 0x28, 'B', '\r'});
        engine.scan("X".repeat(500));
        engine.scan("Y".repeat(21));
        engine.sendRaw(new byte[] {'\r', '\r', '\n'});
        engine.scan("GOOD-1");
        await().atMost(WAIT).until(() -> scans.size() == 1);
        assertEquals(List.of("GOOD-1"), texts());
        assertEquals(4, scanner.droppedCount());
        assertEquals(Map.of("BINARY", 1L, "UNDECODABLE", 1L, "OVERLONG", 2L), scanner.droppedByReason());
        assertEquals("4", scanner.checkHealth().facts().get("dropped"));
        assertEquals(DeviceState.READY, scanner.status().state());
    }

    @Test
    void aCommandTriggeredEngineReadsWhenTriggered() throws Exception {
        byte[] trigger = {0x16, 0x54, 0x0D};
        engine = ScannerEmulator.plugIn(port(), 115200).triggeredBy(trigger);
        engine.scan("FIRST");
        engine.scan("SECOND");
        start(SerialScannerSettings.of(port().toString()).withBaud(115200).withTrigger(trigger, 0));
        // enable() sent the trigger once: one code comes, the other waits for the next trigger.
        await().atMost(WAIT).until(() -> scans.size() == 1);
        assertEquals(List.of("FIRST"), texts());
        scanner.trigger();
        await().atMost(WAIT).until(() -> scans.size() == 2);
        assertEquals(List.of("FIRST", "SECOND"), texts());
        assertEquals(2, engine.triggersSeen());
    }

    @Test
    void aRepeatedTriggerKeepsACommandTriggeredEngineReading() throws Exception {
        byte[] trigger = {0x16, 0x54, 0x0D};
        engine = ScannerEmulator.plugIn(port(), 115200).triggeredBy(trigger);
        engine.scan("ONE");
        engine.scan("TWO");
        engine.scan("THREE");
        start(SerialScannerSettings.of(port().toString()).withBaud(115200).withTrigger(trigger, 100));
        await().atMost(WAIT).until(() -> scans.size() == 3);
        assertEquals(List.of("ONE", "TWO", "THREE"), texts());
    }

    @Test
    void anUnpluggedScannerGoesOfflineAndComesBackByItself() throws Exception {
        engine = ScannerEmulator.plugIn(port(), 115200);
        start(SerialScannerSettings.of(port().toString()).withBaud(115200).withReconnectMillis(50));
        engine.scan("BEFORE");
        await().atMost(WAIT).until(() -> scans.size() == 1);

        engine.unplug();
        await().atMost(WAIT).until(() -> scanner.status().state() == DeviceState.OFFLINE);
        engine.replug();
        await().atMost(WAIT).until(() -> scanner.status().state() == DeviceState.READY);
        engine.scan("AFTER");
        await().atMost(WAIT).until(() -> scans.size() == 2);
        assertEquals(List.of("BEFORE", "AFTER"), texts());
    }

    @Test
    void theRegistryBuildsTheDriverFromConfigurationKeys() throws Exception {
        engine = ScannerEmulator.plugIn(port(), 19200).suffix(new byte[] {'\n'}).prefix("S:");
        DeviceRegistry registry = new DeviceRegistry().register(new SerialScannerFactory());
        scanner = (SerialCodeScanner) registry.create(new DeviceConfig("qr", DeviceKind.CODE_SCANNER, "serial-scanner",
                Map.of("port", port().toString(), "baud", 19200, "suffix", "lf", "prefix", "S:")));
        scanner.addScanListener((s, scan) -> scans.add(scan));
        scanner.open();
        scanner.enable();
        engine.scan("12345");
        await().atMost(WAIT).until(() -> scans.size() == 1);
        assertEquals("12345", scans.get(0).text());
        assertTrue(scans.get(0).toString().contains("5 chars"));
    }
}
