package zwfw.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.device.DeviceKind;

class ConfigLoaderTest {
    private static final Path SHIPPED = Path.of("..", "config", "kiosk.yaml");

    @TempDir
    Path dir;
    Map<String, String> env = new HashMap<>();

    @BeforeEach
    void copyShippedConfig() throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data")
                .replace("file: ../.kiosk-data/secrets.yaml", "file: data/secrets.yaml");
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
    }

    private List<ConfigProblem> validate() {
        return TestDrivers.loader(env).validate(dir);
    }

    private void edit(String from, String to) throws IOException {
        Path f = dir.resolve("kiosk.yaml");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "fixture has " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private int lineOf(String fragment) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("kiosk.yaml"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in file");
    }

    private static ConfigProblem only(List<ConfigProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theShippedConfigurationIsValidAndLoadsWithItsDevices() throws Exception {
        assertEquals(List.of(), validate());
        KioskConfig config = TestDrivers.loader(env).load(dir);
        assertEquals("KSK-330304-0001", config.kioskId());
        assertTrue(config.platformEmbedded());
        assertEquals(dir.resolve("data"), config.dataDir());
        assertEquals(Duration.ofSeconds(60), config.ui().idleTimeout());
        assertEquals(List.of(DeviceKind.ID_CARD_READER, DeviceKind.CODE_SCANNER, DeviceKind.RECEIPT_PRINTER,
                DeviceKind.SMART_CARD_READER, DeviceKind.DOCUMENT_CAMERA, DeviceKind.DOCUMENT_PRINTER), config.devices().stream().map(d -> d.kind()).toList());
        assertEquals(200, new zwfw.kiosk.drivers.camera.simulated.SimulatedCameraFactory().settings()
                .read(config.device("camera").orElseThrow()).integer("dpi"), "the camera's dpi, typed by its driver's declaration");
    }

    @Test
    void theDemoCreatesItsOwnPrivateSecretsOnFirstLoad() throws Exception {
        KioskConfig config = TestDrivers.loader(env).load(dir);
        Path secrets = dir.resolve("data/secrets.yaml");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
        assertEquals(32, config.secrets().storageKey().length);
        assertFalse(config.secrets().toString().contains(config.secrets().platformSecret()));
        assertEquals(config.secrets(), TestDrivers.loader(env).load(dir).secrets(), "the second start reuses them");
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws Exception {
        edit("  name: 24小时自助服务区 1号机", "  name: [unclosed");
        ConfigProblem p = only(validate());
        assertTrue(p.message().startsWith("YAML syntax error"), p.toString());
        assertTrue(p.source().endsWith("kiosk.yaml"));
        assertTrue(p.line() >= lineOf("[unclosed"), p.toString());
    }

    @Test
    void anUnknownKeyIsReportedWithItsLineAndASuggestion() throws Exception {
        edit("  idleTimeoutSeconds: 60", "  idleTimoutSeconds: 60");
        ConfigProblem p = only(validate());
        assertEquals("ui.idleTimoutSeconds", p.key());
        assertEquals(lineOf("idleTimoutSeconds"), p.line());
        assertTrue(p.message().contains("unknown key") && p.message().contains("ui.idleTimeoutSeconds"), p.message());
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsLine() throws Exception {
        edit("  idleTimeoutSeconds: 60", "  idleTimeoutSeconds: soon");
        ConfigProblem p = only(validate());
        assertEquals("ui.idleTimeoutSeconds", p.key());
        assertEquals(lineOf("idleTimeoutSeconds: soon"), p.line());
        assertTrue(p.message().startsWith("wrong type: must be a whole number"), p.message());
        assertTrue(p.toString().matches(".*kiosk\\.yaml:\\d+: ui\\.idleTimeoutSeconds: wrong type.*"), p.toString());
    }

    @Test
    void aNumberOutOfRangeSaysTheRange() throws Exception {
        edit("  countdownSeconds: 20", "  countdownSeconds: 1");
        ConfigProblem p = only(validate());
        assertEquals("out of range: must be from 5 to 120, not 1", p.message());
    }

    @Test
    void aMissingPlatformUrlIsAMissingRequiredValue() throws Exception {
        edit("  url: embedded ", "  # url: embedded ");
        ConfigProblem p = only(validate());
        assertEquals("platform.url", p.key());
        assertEquals("missing required value", p.message());
    }

    @Test
    void aPlatformUrlThatIsNotHttpIsAWrongType() throws Exception {
        edit("  url: embedded ", "  url: ftp://platform.example ");
        assertEquals("platform.url", only(validate()).key());
    }

    @Test
    void aSecretsFileReadableByOthersIsRefused() throws Exception {
        Path secrets = dir.resolve("data/secrets.yaml");
        Files.createDirectories(secrets.getParent());
        Files.writeString(secrets, "platform:\n  secret: \"0123456789abcdef0123\"\nstorage:\n  key: \"" + "A".repeat(43) + "=\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
        ConfigProblem p = only(validate());
        assertEquals("secrets.file", p.key());
        assertTrue(p.message().contains("readable or writable by group or others") && p.message().contains("chmod 600"), p.message());

        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        assertEquals(List.of(), validate());
    }

    @Test
    void aMissingSecretsFileIsAnErrorForARealPlatform() throws Exception {
        env.put("KIOSK_PLATFORM_URL", "https://platform.example.gov.cn");
        ConfigProblem p = only(validate());
        assertEquals("secrets.file", p.key());
        assertTrue(p.message().contains("does not exist"), p.message());
    }

    @Test
    void environmentVariablesOverrideTheFixedKeyPaths() throws Exception {
        env.put("KIOSK_KIOSK_ID", "KSK-330304-0099");
        env.put("KIOSK_DATA_DIR", dir.resolve("elsewhere").toString());
        env.put("KIOSK_PLATFORM_URL", "https://platform.example.gov.cn/");
        env.put("KIOSK_SECRETS_FILE", dir.resolve("s.yaml").toString());
        env.put("KIOSK_UI_IDLETIMEOUTSECONDS", "90");
        Path secrets = dir.resolve("s.yaml");
        Files.writeString(secrets, "platform:\n  secret: \"from-the-file-0123456789\"\nstorage:\n  key: \"" + "A".repeat(43) + "=\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        env.put("KIOSK_PLATFORM_SECRET", "from-the-environment-0123");

        KioskConfig c = TestDrivers.loader(env).load(dir);
        assertEquals("KSK-330304-0099", c.kioskId());
        assertEquals(dir.resolve("elsewhere"), c.dataDir());
        assertEquals("https://platform.example.gov.cn", c.platformUrl());
        assertEquals(Duration.ofSeconds(90), c.ui().idleTimeout());
        assertEquals("from-the-environment-0123", c.secrets().platformSecret());
    }

    @Test
    void aBadEnvironmentValueNamesTheVariable() {
        env.put("KIOSK_UI_COUNTDOWNSECONDS", "lots");
        ConfigProblem p = only(validate());
        assertEquals("environment variable KIOSK_UI_COUNTDOWNSECONDS", p.source());
        assertEquals("ui.countdownSeconds", p.key());
    }

    @Test
    void aDeviceOfUnknownKindIsReported() throws Exception {
        edit("    kind: CODE_SCANNER", "    kind: TOASTER");
        ConfigProblem p = only(validate());
        assertEquals("devices[1].kind", p.key());
        assertEquals(lineOf("TOASTER"), p.line());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        edit("  countdownSeconds: 20", "  countdownSeconds: 1");
        edit("  showCursor: false", "  showCursor: maybe");
        edit("  url: embedded ", "  # url: embedded ");
        assertEquals(3, validate().size(), validate().toString());
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> TestDrivers.loader(env).load(dir));
        assertEquals(3, e.getMessage().lines().count());
    }

    @Test
    void aMissingDirectoryIsOneClearProblem() {
        ConfigProblem p = only(TestDrivers.loader(env).validate(dir.resolve("nowhere")));
        assertTrue(p.message().startsWith("not found"), p.message());
    }

    @Test
    void theIdCardReaderIsEssentialByDefaultAndThePrinterIsNot() throws Exception {
        edit("    essential: true         # out of service while it is down", "");
        KioskConfig config = TestDrivers.loader(env).load(dir);
        assertTrue(config.essential("idcard"), "default for the ID card reader");
        assertFalse(config.essential("printer"), "paper out must not stop the kiosk: the receipt is offered as a QR code");
        assertFalse(config.essential("scanner"));
    }

    @Test
    void anyDeviceCanBeMadeEssentialOrNot() throws Exception {
        edit("    essential: true         # out of service while it is down", "    essential: false");
        edit("    kind: CODE_SCANNER", "    kind: CODE_SCANNER\n    essential: true");
        KioskConfig config = TestDrivers.loader(env).load(dir);
        assertFalse(config.essential("idcard"));
        assertTrue(config.essential("scanner"));
    }

    @Test
    void anEssentialThatIsNotTrueOrFalseIsReportedWithItsLine() throws Exception {
        edit("    essential: true         # out of service while it is down", "    essential: often");
        ConfigProblem p = only(validate());
        assertEquals("devices[0].essential", p.key());
        assertEquals(lineOf("essential: often"), p.line());
        assertEquals("wrong type: must be true or false, not 'often'", p.message());
    }

    @Test
    void theKioskClockIsTheSystemsInTheConfiguredZoneUnlessAnotherIsGivenInOnePlace() throws Exception {
        edit("timeZone: Asia/Shanghai", "timeZone: Asia/Urumqi");
        KioskConfig config = TestDrivers.loader(env).load(dir);
        assertEquals(java.time.ZoneId.of("Asia/Urumqi"), config.clock().getZone(), "the configured zone, never the machine's");
        java.time.Instant before = java.time.Instant.now();
        java.time.Instant read = config.clock().instant();
        assertFalse(read.isBefore(before) || read.isAfter(java.time.Instant.now()), "the system's instant by default");

        java.time.Instant fixed = java.time.Instant.parse("2026-12-31T18:30:00Z");
        KioskConfig moved = config.withClock(java.time.Clock.fixed(fixed, java.time.ZoneOffset.UTC));
        assertEquals(fixed, moved.clock().instant(), "the given clock's time reaches every caller of clock()");
        assertEquals(java.time.ZoneId.of("Asia/Urumqi"), moved.clock().getZone(), "still in the configured zone");
        assertEquals(java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.now(moved.clock()), "00:30 of New Year in Urumqi (UTC+6)");
        assertEquals(config.kioskId(), moved.kioskId(), "everything else as configured");
        assertEquals(config.devices(), moved.devices());
        assertFalse(config.clock().instant().equals(fixed), "the original keeps the system's clock");
    }
}
