package zwfw.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of bad configuration issue 12 found is refused by validation with one line
 * {@code FILE:LINE: KEY: what}, rather than accepted and refused (or misread) at start.
 */
class ConfigBadInputTest {
    private static final Path SHIPPED = Path.of("..", "config", "kiosk.yaml");
    private static final String GOOD_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;
    Map<String, String> env = new HashMap<>();

    @BeforeEach
    void copyShippedConfig() throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data")
                .replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml");
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
    }

    private List<ConfigProblem> validate() {
        List<ConfigProblem> problems = TestDrivers.loader(env).validate(dir);
        for (ConfigProblem p : problems) {
            assertTrue(p.toString().matches("[^:\\n]+:[1-9][0-9]*: .+"), "FILE:LINE: … for every problem: " + p);
        }
        return problems;
    }

    private ConfigProblem only() {
        List<ConfigProblem> problems = validate();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
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

    private Path realPlatformWithSecrets(String secretsText) throws IOException {
        edit("  url: embedded ", "  url: https://platform.example.gov.cn ");
        Path secrets = dir.resolve("secrets.yaml");
        Files.writeString(secrets, secretsText);
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        return secrets;
    }

    @Test
    void aDeletedDeviceIdLineIsADuplicateKeyAtTheSecondOccurrenceNotAMergedDevice() throws Exception {
        edit("  - id: scanner\n", "");
        List<ConfigProblem> problems = validate();
        ConfigProblem kind = problems.stream().filter(p -> p.key().equals("devices[0].kind")).findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(lineOf("kind: CODE_SCANNER"), kind.line());
        assertEquals("duplicate key (first on line " + lineOf("kind: ID_CARD_READER") + "): a line was deleted or copied twice?", kind.message());
    }

    @Test
    void aTopLevelSectionTwiceIsADuplicateKey() throws Exception {
        edit("ui:\n", "ui:\n  speech: false\nui:\n");
        ConfigProblem p = only();
        assertEquals("ui", p.key());
        assertEquals(lineOf("ui:") + 2, p.line());
    }

    @Test
    void aFileWithoutDevicesSaysWhatIsMissing() throws Exception {
        Path f = dir.resolve("kiosk.yaml");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(f, text.substring(0, text.indexOf("devices:")), StandardCharsets.UTF_8);
        ConfigProblem p = only();
        assertEquals("devices", p.key());
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("missing required section: the list of devices"), p.message());
    }

    @Test
    void anUnknownTopLevelSectionIsRefusedWithItsLine() throws Exception {
        edit("ui:\n", "colours:\n  background: blue\nui:\n");
        ConfigProblem p = only();
        assertEquals("colours", p.key());
        assertEquals(lineOf("colours:"), p.line());
        assertTrue(p.message().startsWith("unknown key"), p.message());
    }

    @Test
    void driverSettingsAreCheckedAgainstTheDriversDeclaration() throws Exception {
        edit("      readDelayMs: 400 ", "      readDelayMs: -1 ");
        ConfigProblem p = only();
        assertEquals("devices[0].settings.readDelayMs", p.key());
        assertEquals(lineOf("readDelayMs: -1"), p.line());
        assertEquals("out of range: must be from 0 to 60000, not -1", p.message());
    }

    @Test
    void hugeNumbersAndFractionsAreRefusedNeverWrapped() throws Exception {
        for (String value : List.of("2147483648", "18446744073709551617", "1e18", "400.5", "0x190")) {
            copyShippedConfig();
            edit("      readDelayMs: 400 ", "      readDelayMs: " + value + " ");
            ConfigProblem p = only();
            assertEquals("devices[0].settings.readDelayMs", p.key(), value);
            assertTrue(p.message().startsWith("out of range") || p.message().startsWith("wrong type: must be a whole number"),
                    value + ": " + p.message());
        }
    }

    @Test
    void anUnknownDriverSettingIsNamedWithTheNearestKnownOne() throws Exception {
        edit("    driver: simulated       # sam-serial on a real kiosk",
                "    driver: sam-serial       #");
        edit("      readDelayMs: 400 ", "      port: /dev/ttyUSB0\n      bauds: 115200 ");
        ConfigProblem p = only();
        assertEquals("devices[0].settings.bauds", p.key());
        assertEquals(lineOf("bauds:"), p.line());
        assertTrue(p.message().startsWith("unknown setting (did you mean 'baud'?"), p.message());
    }

    @Test
    void aSamSerialReaderWithoutPortNamesTheSettingAtTheSettingsLine() throws Exception {
        edit("    driver: simulated       # sam-serial on a real kiosk",
                "    driver: sam-serial       #");
        edit("      readDelayMs: 400 ", "      baud: -1 ");
        List<ConfigProblem> problems = validate();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("devices[0].settings.baud", problems.get(0).key());
        assertEquals("devices[0].settings.port", problems.get(1).key());
        assertEquals(lineOf("baud: -1") - 1, problems.get(1).line(), "the settings: line, where port belongs");
    }

    @Test
    void aPrinterProfileThatDoesNotExistListsTheProfiles() throws Exception {
        edit("      profile: 80mm ", "      profile: 800mm ");
        ConfigProblem p = only();
        assertEquals("devices[2].settings.profile", p.key());
        assertEquals("must be one of [58mm, 80mm, pos-5890, simple, tm-t88], not '800mm'", p.message());
    }

    @Test
    void aSixteenByteStorageKeyIsRefusedAsTheOutboxWould() throws Exception {
        Path secrets = realPlatformWithSecrets("platform:\n  secret: \"0123456789abcdef0123\"\nstorage:\n  key: \""
                + Base64.getEncoder().encodeToString(new byte[16]) + "\"\n");
        ConfigProblem p = only();
        assertEquals(ConfigLoader.display(secrets), p.source());
        assertEquals("storage.key", p.key());
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("must be a base64-encoded AES key of exactly 32 bytes (256 bits), not 16 bytes"), p.message());
    }

    @Test
    void aPlatformPortOutOfRangeIsRefused() throws Exception {
        edit("  url: embedded ", "  url: http://127.0.0.1:99999 ");
        ConfigProblem p = only();
        assertEquals("platform.url", p.key());
        assertEquals(lineOf("99999"), p.line());
        assertEquals("port 99999 is out of range: must be from 1 to 65535", p.message());
    }

    @Test
    void aKioskIdThatCannotTravelInAHeaderIsRefused() throws Exception {
        edit("  id: KSK-330304-0001", "  id: KSK 330304/0001");
        ConfigProblem p = only();
        assertEquals("kiosk.id", p.key());
        assertTrue(p.message().startsWith("must be 1 to 64 letters, digits"), p.message());
    }

    @Test
    void aMissingRequiredKeyIsReportedAtItsSection() throws Exception {
        edit("  id: KSK-330304-0001\n", "");
        ConfigProblem p = only();
        assertEquals("kiosk.id", p.key());
        assertEquals(lineOf("kiosk:"), p.line());
        assertEquals("missing required value", p.message());
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws Exception {
        Path f = dir.resolve("kiosk.yaml");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int line = lineOf("hotline:");
        byte[] bytes = text.replace("hotline: \"12345\"", "hotline: \"12345@\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '@') {
                bytes[i] = (byte) 0xC3; // a lead byte followed by a quote: malformed
            }
        }
        Files.write(f, bytes);
        ConfigProblem p = only();
        assertEquals(line, p.line());
        assertTrue(p.message().startsWith("is not valid UTF-8 text"), p.message());
    }

    @Test
    void aControlCharacterIsReportedAtItsLine() throws Exception {
        edit("  hotline: \"12345\"", "  hotline: \"123\u000745\"");
        ConfigProblem p = only();
        assertEquals(lineOf("hotline:"), p.line());
        assertEquals("contains the control character U+0007: remove it", p.message());
    }

    @Test
    void aliasesAreRefusedWithTheirLineSoBillionLaughsNeverExpands() throws Exception {
        StringBuilder bomb = new StringBuilder("lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("lol").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        Files.writeString(dir.resolve("kiosk.yaml"), bomb.toString());
        ConfigProblem p = assertTimeoutPreemptively(Duration.ofSeconds(5), this::only);
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("anchors and aliases"), p.message());
    }

    @Test
    void aDeepNestingIsRefusedWithALine() throws Exception {
        Files.writeString(dir.resolve("kiosk.yaml"), "kiosk: " + "[".repeat(500) + "]".repeat(500) + "\n");
        ConfigProblem p = only();
        assertTrue(p.line() <= 2 && p.message().contains("Nesting Depth exceeded"), p.toString());
    }

    @Test
    void aSecretsFifoIsRefusedWithoutHanging() throws Exception {
        realPlatformWithSecrets("");
        Path secrets = dir.resolve("secrets.yaml");
        Files.delete(secrets);
        assertEquals(0, new ProcessBuilder("mkfifo", secrets.toString()).start().waitFor());
        ConfigProblem p = assertTimeoutPreemptively(Duration.ofSeconds(5), this::only);
        assertEquals(ConfigLoader.display(secrets) + ":1: secrets.file: is a named pipe (FIFO), not a regular file: name an ordinary file",
                p.toString());
    }

    @Test
    void aDeviceAsSecretsFileGetsAdviceThatFits() throws Exception {
        realPlatformWithSecrets("");
        edit("  file: secrets.yaml", "  file: /dev/zero");
        ConfigProblem p = assertTimeoutPreemptively(Duration.ofSeconds(5), this::only);
        assertEquals("/dev/zero:1: secrets.file: is a device, not a regular file: name an ordinary file", p.toString());
    }

    @Test
    void aDirectoryAsSecretsFileIsNamedAsADirectory() throws Exception {
        realPlatformWithSecrets("");
        Files.createDirectories(dir.resolve("secrets.d"));
        edit("  file: secrets.yaml", "  file: secrets.d");
        ConfigProblem p = only();
        assertEquals("secrets.file", p.key());
        assertEquals("is a directory, not a file: name the file itself", p.message());
    }

    @Test
    void anOversizedSecretsFileIsNotRead() throws Exception {
        Path secrets = realPlatformWithSecrets("# " + "x".repeat((int) ConfigLoader.MAX_SECRETS_BYTES) + "\n");
        ConfigProblem p = only();
        assertEquals(ConfigLoader.display(secrets), p.source());
        assertTrue(p.message().startsWith("is too large"), p.message());
    }

    @Test
    void theSecretsFilesOwnErrorsNameItAndTheirLine() throws Exception {
        Path secrets = realPlatformWithSecrets("platform:\n  secret: \"0123456789abcdef0123\"\n  colour: red\nstorage:\n  key: \"" + GOOD_KEY + "\"\n");
        ConfigProblem p = only();
        assertEquals(ConfigLoader.display(secrets) + ":3: platform.colour: unknown key", p.toString());
    }

    @Test
    void aSecretsFileWithoutTheKeyNamesTheFileAtLineOne() throws Exception {
        Path secrets = realPlatformWithSecrets("platform:\n  secret: \"0123456789abcdef0123\"\n");
        ConfigProblem p = only();
        assertEquals(ConfigLoader.display(secrets) + ":1: storage.key: missing required value", p.toString());
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedBeforeStart() throws Exception {
        Files.writeString(dir.resolve("data"), "not a directory");
        ConfigProblem p = only();
        assertEquals("data.dir", p.key());
        assertTrue(p.message().endsWith("exists but is not a directory"), p.message());
    }

    @Test
    void aPinTheHttpClientWouldRefuseIsRefused() throws Exception {
        edit("  # pins: [\"sha256/AAAA…=\"]", "  pins: [\"md5/abc\"]");
        ConfigProblem p = only();
        assertEquals("platform.pins", p.key());
        assertTrue(p.message().contains("is not a certificate pin"), p.message());
    }

    @Test
    void aCaBundleWithoutCertificatesIsRefused() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
        edit("  # caBundle: /etc/kiosk/platform-ca.pem", "  caBundle: ca.pem");
        ConfigProblem p = only();
        assertEquals("platform.caBundle", p.key());
        assertTrue(p.message().startsWith("not a PEM file of CA certificates"), p.message());
    }

    @Test
    void aConfigurationWithOnlyTheRequiredKeysLoadsWithEveryDefault() throws Exception {
        // Found by ConfigMutationPropertiesTest: a default number was a Long, and the kiosk failed to start.
        Files.writeString(dir.resolve("kiosk.yaml"), """
                kiosk:
                  id: KSK-1
                  name: n
                  centre: c
                data:
                  dir: data
                secrets:
                  file: secrets.yaml
                platform:
                  url: embedded
                security:
                  maintenancePinHash: "pbkdf2-sha256$120000$MyVRWazf2nD0tvO6Bk+poA==$KVEVjD960npcPFmIOHpWjA7eX/mLSIibZfxE07pZ4Sw="
                  adminPinHash: "pbkdf2-sha256$120000$6nPe9eIAHE9PySWPDytDNg==$Nsv4J/iEJKguEYU448yGT0Ngex80bSrLs5/41Xg74cQ="
                devices: []
                """);
        assertEquals(List.of(), validate());
        KioskConfig c = TestDrivers.loader(env).load(dir);
        assertEquals(Duration.ofSeconds(5), c.platformConnectTimeout());
        assertEquals(Duration.ofSeconds(15), c.platformReadTimeout());
        assertEquals(Duration.ofSeconds(30), c.platformCallTimeout());
        assertEquals(Duration.ofSeconds(60), c.heartbeatInterval());
        assertEquals(Duration.ofMinutes(30), c.catalogRefreshInterval());
        assertEquals(Duration.ofHours(24), c.personalDataBackstop());
        assertEquals(Duration.ofSeconds(60), c.ui().idleTimeout());
        assertEquals(Duration.ofSeconds(20), c.ui().countdown());
        assertEquals("Asia/Shanghai", c.zone().getId());
        assertEquals(List.of(), c.platformPins());
        assertTrue(c.platformCaBundle().isEmpty());
        assertEquals("12345", c.hotline());
    }

    @Test
    void aPinHashWhoseCheckWouldTakeMinutesIsNotAPinHash() throws Exception {
        edit("pbkdf2-sha256$120000$MyVRWazf2nD0tvO6Bk+poA==", "pbkdf2-sha256$2000000000$MyVRWazf2nD0tvO6Bk+poA==");
        ConfigProblem p = only();
        assertEquals("security.maintenancePinHash", p.key());
        assertEquals(lineOf("maintenancePinHash:"), p.line());
    }

    @Test
    void aFifoAsKioskYamlIsRefusedWithoutHanging() throws Exception {
        Path main = dir.resolve("kiosk.yaml");
        Files.delete(main);
        assertEquals(0, new ProcessBuilder("mkfifo", main.toString()).start().waitFor());
        ConfigProblem p = assertTimeoutPreemptively(Duration.ofSeconds(5), this::only);
        assertEquals(ConfigLoader.display(main) + ":1: is a named pipe (FIFO), not a regular file: name an ordinary file", p.toString());
    }

    @Test
    void twoDevicesOnOnePortAreRefusedAtTheSecond() throws Exception {
        edit("    driver: simulated       # sam-serial on a real kiosk", "    driver: sam-serial       #");
        edit("      readDelayMs: 400 ", "      port: /dev/ttyUSB0 ");
        edit("    driver: simulated       # serial-scanner on a real kiosk", "    driver: serial-scanner\n    settings:\n      port: /dev/ttyUSB0   # the scanner,");
        ConfigProblem p = only();
        assertEquals("devices[1].settings.port", p.key());
        assertEquals(lineOf("# the scanner"), p.line());
        assertEquals("port /dev/ttyUSB0 is already used by device 'idcard'", p.message());
    }
}
