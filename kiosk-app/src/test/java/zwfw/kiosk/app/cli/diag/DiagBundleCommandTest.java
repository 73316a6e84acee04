package zwfw.kiosk.app.cli.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.core.privacy.logging.KioskLogging;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/**
 * {@code kioskctl diag bundle}: after cases with personal data went through (delivered and queued), staff
 * accounts with PINs were made and the log has lines about them, no entry of the zip, decompressed, holds an
 * ID number, a name, a phone number, a PIN, a PIN hash or a secret; and the command is audited.
 */
class DiagBundleCommandTest {
    static final String KIOSK = "KSK-330304-0042";
    static final String SECRET = "diag-test-platform-secret-0123456789";
    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final String ID = "11010519491231002X";
    static final String PHONE = "13800138000";
    static final String CITIZEN = "王五";
    static final String PIN = "86420975";

    @TempDir
    Path dir;
    PlatformSimulator sim;
    Path config;
    Path data;

    /** The kiosk's configuration on a simulator of its own, logging into its data directory. */
    void start() throws Exception {
        sim = PlatformSimulator.start(SimOptions.of(0, dir.resolve("platform"), KIOSK, SECRET));
        data = dir.resolve("data");
        Path secrets = dir.resolve("secrets.yaml");
        Files.writeString(secrets, "platform:\n  secret: \"" + SECRET + "\"\nstorage:\n  key: \"" + KEY + "\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        String yaml = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("id: KSK-330304-0001", "id: " + KIOSK)
                .replace("dir: ../.kiosk-data", "dir: " + data)
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + secrets)
                .replace("url: embedded", "url: " + sim.url());
        config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("kiosk.yaml"), yaml, StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), config.resolve("catalog.json"));
        KioskLogging.startFileLogging(data, java.time.ZoneId.of("Asia/Shanghai")); // what the kiosk writes; kioskctl's lines land there too in this JVM
    }

    @AfterEach
    void stop() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender("KIOSK_FILE");
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
        if (sim != null) {
            sim.close();
        }
    }

    int ctl(CapturedKioskCtl c, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        return c.run(all.toArray(String[]::new));
    }

    @Test
    void theBundleHoldsNoPersonalDataPinHashOrSecretAfterCasesWentThrough() throws Exception {
        start();
        CapturedKioskCtl c = new CapturedKioskCtl();
        assertEquals(0, ctl(c, "case", "submit", "--service", "RS-0001", "--name", CITIZEN, "--id-number", ID, "--phone", PHONE,
                "--form", "purpose=个人证明", "--form", "phone=" + PHONE, "--json"), c.err());
        sim.setFaults(Faults.parse("error=1"));
        CapturedKioskCtl queued = new CapturedKioskCtl();
        assertEquals(0, ctl(queued, "case", "submit", "--service", "RS-0001", "--name", "张三", "--id-number", ID, "--phone", PHONE,
                "--form", "purpose=购房", "--form", "phone=" + PHONE, "--wait", "1", "--json"), queued.err());
        assertTrue(queued.out().contains("QUEUED"), queued.out());
        assertEquals(0, withInput(PIN + "\n", "staff", "add", "李师傅", "--role", "maintenance", "--stdin"));
        // A careless line, as the masking layout must catch it, and an old rolled file written before masking existed.
        LoggerFactory.getLogger("zwfw.kiosk.test").warn("citizen id {} phone {}", ID, PHONE);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(data.resolve("logs").resolve("kiosk.2026-11-01.0.log.gz")))) {
            gz.write(("2026-11-01T09:00:00.000+08:00 INFO old line id " + ID + " phone " + PHONE + "\n").getBytes(StandardCharsets.UTF_8));
        }

        Path out = dir.resolve("bundle.zip");
        CapturedKioskCtl bundle = new CapturedKioskCtl();
        assertEquals(0, ctl(bundle, "diag", "bundle", "--out", out.toString(), "--json"), bundle.err());
        JsonNode printed = new ObjectMapper().readTree(bundle.out());
        assertEquals(out.toString(), printed.get("file").asText());
        assertFalse(printed.get("removableMedia").asBoolean());

        Map<String, String> entries = unzip(out);
        for (String name : List.of("manifest.json", "versions.json", "config/kiosk.yaml", "config/environment.json", "devices.json",
                "service-state.json", "outbox.json", "audit.json", "logs/kiosk.log", "logs/kiosk.2026-11-01.0.log")) {
            assertTrue(entries.containsKey(name), name + " in " + entries.keySet());
        }
        assertTrue(entries.get("logs/kiosk.log").contains("citizen id 110105********002X"), "the log is in, masked");
        assertTrue(entries.get("logs/kiosk.2026-11-01.0.log").contains("138****8000"), "an unmasked old file is masked on the way in");
        assertTrue(entries.get("config/kiosk.yaml").contains("maintenancePinHash: '***'"), entries.get("config/kiosk.yaml"));
        assertTrue(entries.get("config/kiosk.yaml").contains(KIOSK));
        assertTrue(entries.get("outbox.json").contains("\"depth\" : 1"), entries.get("outbox.json"));
        // staff read these: times in kiosk.timeZone (Asia/Shanghai) with the offset, though this machine runs UTC
        JsonNode outbox = new ObjectMapper().readTree(entries.get("outbox.json"));
        assertTrue(outbox.get("oldestQueuedAt").asText().endsWith("+08:00"), entries.get("outbox.json"));
        assertTrue(outbox.get("waiting").get(0).get("createdAt").asText().endsWith("+08:00"), entries.get("outbox.json"));
        assertTrue(new ObjectMapper().readTree(entries.get("audit.json")).get(0).get("at").asText().endsWith("+08:00"), entries.get("audit.json"));
        assertTrue(entries.get("audit.json").contains("STAFF_ADDED"));
        assertTrue(entries.get("devices.json").contains("RECEIPT_PRINTER"));
        assertFalse(entries.get("manifest.json").contains("\"ok\" : false"), entries.get("manifest.json"));

        String staffHash = staffHash();
        Map<String, String> forbidden = new LinkedHashMap<>();
        forbidden.put("ID number", ID);
        forbidden.put("ID number (lower-case x)", ID.toLowerCase());
        forbidden.put("name", CITIZEN);
        forbidden.put("second name", "张三");
        forbidden.put("phone", PHONE);
        forbidden.put("PIN", PIN);
        forbidden.put("PIN hash scheme", "pbkdf2");
        forbidden.put("staff PIN hash", staffHash.substring(staffHash.lastIndexOf('$') + 1));
        forbidden.put("platform secret", SECRET);
        forbidden.put("storage key", KEY);
        entries.forEach((name, text) -> forbidden.forEach((what, value) ->
                assertFalse(text.contains(value), name + " holds the " + what)));

        CapturedKioskCtl audit = new CapturedKioskCtl();
        assertEquals(0, ctl(audit, "audit", "--json"));
        JsonNode last = new ObjectMapper().readTree(audit.out()).get(new ObjectMapper().readTree(audit.out()).size() - 1);
        assertEquals("DIAGNOSTICS_BUNDLE", last.get("action").asText());
        assertEquals("kioskctl", last.get("channel").asText());
        assertEquals(System.getProperty("user.name"), last.get("actor").asText());
        assertTrue(last.get("detail").asText().contains(out.toString()));
    }

    @Test
    void aBadOutPathIsOneLineAndWritesNothing() {
        config = dir.resolve("config"); // refused before the configuration is read
        CapturedKioskCtl c = new CapturedKioskCtl();
        assertEquals(2, ctl(c, "diag", "bundle", "--out", dir.resolve("no-such-dir").resolve("b.zip").toString()));
        assertTrue(c.err().strip().lines().count() == 1 && c.err().contains("--out"), c.err());
        assertEquals(2, ctl(c, "diag", "bundle", "--out", dir.toString()));
    }

    private int withInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CapturedKioskCtl c = new CapturedKioskCtl();
            int exit = ctl(c, args);
            assertEquals(0, exit, c.err());
            return exit;
        } finally {
            System.setIn(before);
        }
    }

    /** The staff member's PIN hash as the database holds it. */
    private String staffHash() throws Exception {
        try (var conn = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
             var rs = conn.createStatement().executeQuery("SELECT pin_hash FROM staff")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    /** Every entry, decompressed, as text. */
    static Map<String, String> unzip(Path zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
