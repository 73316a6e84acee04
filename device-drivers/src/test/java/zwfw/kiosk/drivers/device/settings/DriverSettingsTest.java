package zwfw.kiosk.drivers.device.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;

class DriverSettingsTest {
    private static final DriverSettings SERIAL = DriverSettings.of(
            DriverSetting.port("port", null, "serial port").asRequired(),
            DriverSetting.integer("baud", 50, 4_000_000, 9600, "line speed"),
            DriverSetting.millis("pollMillis", 10, 5000, 200, "poll pause"),
            DriverSetting.choice("profile", List.of("58mm", "80mm"), "80mm", "paper"),
            DriverSetting.flag("statusQueries", true, "ask for status"),
            DriverSetting.text("prefix", 8, "", "prefix"),
            DriverSetting.hexBytes("trigger", 4, "trigger bytes"),
            DriverSetting.textList("command", 3, "command line"))
            .withRule(v -> v.integer("baud") == 300 ? Optional.of(new SettingProblem("baud", "300 baud is too slow for this")) : Optional.empty());

    private static List<SettingProblem> problems(Map<String, ?> raw) {
        return SERIAL.check(raw).problems();
    }

    private static String only(Map<String, ?> raw) {
        List<SettingProblem> p = problems(raw);
        assertEquals(1, p.size(), p.toString());
        return p.get(0).toString();
    }

    private static Map<String, Object> withPort(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("port", "/dev/ttyUSB0");
        m.put(key, value);
        return m;
    }

    @Test
    void validSettingsAreTypedWithDefaultsFilledIn() {
        SettingsCheck check = SERIAL.check(Map.of("port", "/dev/ttyUSB0", "baud", BigInteger.valueOf(115200),
                "profile", "58MM", "trigger", "16 54 0d", "command", "capture --out /tmp"));
        assertTrue(check.valid(), check.problems().toString());
        SettingValues v = check.values();
        assertEquals(115200, v.integer("baud"));
        assertEquals(Duration.ofMillis(200), v.duration("pollMillis"));
        assertEquals("58mm", v.text("profile"), "a choice matches ignoring case and comes back as declared");
        assertTrue(v.flag("statusQueries"));
        assertArrayEquals(new byte[] {0x16, 0x54, 0x0D}, v.bytes("trigger"));
        assertEquals(List.of("capture", "--out", "/tmp"), v.list("command"));
        assertTrue(v.isSet("baud"));
        assertFalse(v.isSet("pollMillis"));
    }

    @Test
    void anUnknownSettingIsNamedWithTheClosestKnownOne() {
        assertEquals("bauds: unknown setting (did you mean 'baud'? this driver's settings: port, baud, pollMillis, profile,"
                + " statusQueries, prefix, trigger, command)", only(withPort("bauds", 9600)));
    }

    @Test
    void numbersAreCheckedExactlyNeverWrapped() {
        assertEquals("baud: out of range: must be from 50 to 4000000, not -1", only(withPort("baud", -1)));
        assertEquals("baud: out of range: must be from 50 to 4000000, not 2147483648", only(withPort("baud", 2147483648L)));
        assertEquals("baud: out of range: must be from 50 to 4000000, not 18446744073709551617",
                only(withPort("baud", new BigInteger("18446744073709551617"))));
        assertEquals("baud: wrong type: must be a whole number from 50 to 4000000, not '1e18'", only(withPort("baud", "1e18")));
        assertEquals("baud: wrong type: must be a whole number from 50 to 4000000, not 9600.0 (not a whole number)",
                only(withPort("baud", 9600.0)));
        assertEquals("baud: wrong type: must be a whole number from 50 to 4000000, not true", only(withPort("baud", true)));
    }

    @Test
    void aChoiceOutsideItsValuesListsThem() {
        assertEquals("profile: must be one of [58mm, 80mm], not '800mm'", only(withPort("profile", "800mm")));
    }

    @Test
    void aMissingRequiredSettingSaysWhatItIs() {
        assertEquals("port: missing required setting: serial port", only(Map.of()));
    }

    @Test
    void textsRefuseControlCharactersAndExcessLength() {
        assertTrue(only(withPort("prefix", "a\u0007b")).startsWith("prefix: contains a control character (U+0007"));
        assertEquals("prefix: too long: at most 8 characters, not 9", only(withPort("prefix", "123456789")));
        assertTrue(only(withPort("port", "/dev/tty\u0000")).contains("control character (U+0000"));
        assertEquals("trigger: too long: at most 4 bytes, not 5", only(withPort("trigger", "0102030405")));
        assertEquals("command: too long: at most 3 items, not 4", only(withPort("command", List.of("a", "b", "c", "d"))));
        assertTrue(only(withPort("statusQueries", "yes please")).startsWith("statusQueries: wrong type: must be true or false"));
        assertTrue(only(withPort("pollMillis", Map.of("a", 1))).contains("not a section of keys"));
    }

    @Test
    void rulesAcrossSettingsRunOnceEachIsValid() {
        assertEquals("baud: 300 baud is too slow for this", only(withPort("baud", 300)));
    }

    @Test
    void aDriverBuildingFromBadSettingsFailsWithTheSameWords() {
        DeviceException e = assertThrows(DeviceException.class,
                () -> SERIAL.read(new DeviceConfig("printer", DeviceKind.RECEIPT_PRINTER, "x", Map.of("port", "/dev/ttyS0", "baud", -1))));
        assertEquals("BAD_SETTINGS", e.code());
        assertEquals("device printer: setting baud: out of range: must be from 50 to 4000000, not -1", e.getMessage());
    }

    @Test
    void aFormsTextParsesToTheSameTypedValueAndFormatsBack() {
        DriverSetting baud = SERIAL.setting("baud").orElseThrow();
        assertEquals(19200, baud.parse(" 19200 "));
        assertThrows(IllegalArgumentException.class, () -> baud.parse("99999999999999999999999"));
        assertThrows(IllegalArgumentException.class, () -> baud.parse("9600 baud"));
        DriverSetting poll = SERIAL.setting("pollMillis").orElseThrow();
        assertEquals("250", poll.format(poll.parse("250")));
        DriverSetting trigger = SERIAL.setting("trigger").orElseThrow();
        assertEquals("16 54 0D", trigger.format(trigger.parse("16540d")));
        assertEquals("a whole number from 50 to 4000000", baud.expected());
        assertEquals("a whole number of milliseconds from 10 to 5000", poll.expected());
    }

    @Test
    void aSecretsValueNeverAppearsInAMessage() {
        DriverSettings withSecret = DriverSettings.of(DriverSetting.text("password", 4, "", "device password").asSecret(),
                DriverSetting.integer("pin", 0, 9999, 0, "device PIN").asSecret());
        String message = withSecret.check(Map.of("password", "hunter2", "pin", 123456)).problems().toString();
        assertFalse(message.contains("hunter2") || message.contains("123456"), message);
    }
}
