package zwfw.kiosk.app.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;

class ConfigValidateCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedConfig() throws Exception {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data").replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml");
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
    }

    private void edit(String from, String to) throws Exception {
        Path f = dir.resolve("kiosk.yaml");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedConfigurationPasses() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("config", "validate", "--config", "../config"), ctl.err());
        assertTrue(ctl.out().contains("is valid"), ctl.out());
    }

    @Test
    void theThankYouTimeIsRangeCheckedAsTheKioskChecksIt() throws Exception {
        edit("  thanksSeconds: 6", "  thanksSeconds: 1");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("config", "validate", "--config", dir.toString()));
        assertTrue(ctl.err().matches("(?s).*kiosk\\.yaml:\\d+: ui\\.thanksSeconds: out of range: must be from 2 to 120, not 1.*"), ctl.err());
    }

    @Test
    void validatingChangesNothingOnDiskNotEvenTheDemoSecrets() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("config", "validate", "--config", dir.toString()), ctl.err());
        assertTrue(!Files.exists(dir.resolve("secrets.yaml")), "validate must not create the demo secrets file");
    }

    @Test
    void metricsOpenToTheNetworkWithoutCredentialsFailOnOneLineAsTheEndpointWouldAtStart() throws Exception {
        Files.writeString(dir.resolve("kiosk.yaml"), "\nmetrics:\n  enabled: true\n  address: 0.0.0.0\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("config", "validate", "--config", dir.toString()));
        String err = ctl.err();
        assertTrue(err.matches("(?s).*kiosk\\.yaml:\\d+: metrics\\.address: 0\\.0\\.0\\.0 is not a loopback address: set metrics\\.token.*"), err);
        assertTrue(err.contains("1 problem") && !err.contains("Exception"), err);
    }

    @Test
    void aBrokenCopyFailsWithFileLineKeyAndReason() throws Exception {
        edit("  showCursor: false", "  showCursor: sometimes");
        edit("  centre: 瓯海区政务服务中心", "  centre: 瓯海区政务服务中心\n  colour: blue");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("config", "validate", "--config", dir.toString()));
        String err = ctl.err();
        assertTrue(err.matches("(?s).*kiosk\\.yaml:\\d+: ui\\.showCursor: wrong type: must be true or false, not 'sometimes'.*"), err);
        assertTrue(err.matches("(?s).*kiosk\\.yaml:\\d+: kiosk\\.colour: unknown key.*"), err);
        assertTrue(err.contains("2 problems"), err);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aSecretsFileReadableByOthersFailsAndJsonSaysWhere() throws Exception {
        edit("  url: embedded", "  url: https://platform.example.gov.cn");
        Path secrets = dir.resolve("secrets.yaml");
        Files.writeString(secrets, "platform:\n  secret: \"0123456789abcdef0123\"\nstorage:\n  key: \"" + "A".repeat(43) + "=\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("config", "validate", "--config", dir.toString(), "--json"));
        assertTrue(ctl.out().startsWith("{\"valid\":false"), ctl.out());
        assertTrue(ctl.out().contains("\"key\":\"secrets.file\""), ctl.out());
        assertTrue(ctl.out().contains("chmod 600"), ctl.out());
    }

    @Test
    void anUnknownDriverNameIsReported() throws Exception {
        edit("    driver: simulated       # escpos on a real kiosk", "    driver: laserjet       #");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("config", "validate", "--config", dir.toString()));
        assertTrue(ctl.err().matches("(?s).*kiosk\\.yaml:\\d+: devices\\[2\\]\\.driver: unknown driver 'laserjet' for RECEIPT_PRINTER.*"), ctl.err());
    }
}
