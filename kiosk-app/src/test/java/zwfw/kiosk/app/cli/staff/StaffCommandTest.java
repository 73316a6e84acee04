package zwfw.kiosk.app.cli.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.access.StaffEntry;
import zwfw.kiosk.core.access.StaffRole;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.storage.KioskDatabase;

/** {@code kioskctl staff …}, {@code kioskctl audit} and the audit trail of {@code kioskctl kiosk lock|unlock}, on a real database. */
class StaffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String config;

    @BeforeEach
    void configure() throws Exception {
        config = StaffConfigs.shipped(dir, true).toString();
    }

    private CapturedKioskCtl run(int expectedExit, String stdin, String... args) {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        int exit = StaffConfigs.runWithInput(ctl, stdin, args);
        assertEquals(expectedExit, exit, ctl.out() + ctl.err());
        return ctl;
    }

    private JsonNode json(String... args) throws Exception {
        return JSON.readTree(run(0, "", args).out());
    }

    @Test
    void addListResetAndRemoveStaffWhoseNewPinThenOpensTheKiosk() throws Exception {
        assertTrue(run(0, "4711\n", "staff", "add", "李师傅", "--role", "maintenance", "--stdin", "--config", config).out().startsWith("added 李师傅"));
        run(0, "9012\n", "staff", "add", "王主任", "--role", "admin", "--stdin", "--config", config);
        assertTrue(run(3, "5555\n", "staff", "add", "李师傅", "--role", "admin", "--stdin", "--config", config).err()
                .contains("already a member of staff named '李师傅'"));

        JsonNode list = json("staff", "list", "--json", "--config", config);
        assertEquals(2, list.size());
        assertEquals("王主任", list.get(0).get("displayName").asText());
        assertEquals("admin", list.get(0).get("role").asText());
        assertFalse(list.toString().contains("pbkdf2"), "list never shows hashes");

        run(0, "8642\n", "staff", "reset-pin", "李师傅", "--stdin", "--config", config);
        try (KioskDatabase db = KioskDatabase.open(dir.resolve("data"), KioskAssembly.migrations())) {
            StaffEntry entry = new StaffEntry(db, Map.of(), new AuditLog(db, Clock.systemUTC()), Clock.systemUTC());
            assertTrue(entry.verify(StaffRole.MAINTENANCE, "4711".toCharArray()).isEmpty(), "the old PIN no longer opens");
            assertEquals("李师傅", entry.verify(StaffRole.MAINTENANCE, "8642".toCharArray()).orElseThrow().displayName());
        }

        run(0, "", "staff", "remove", "李师傅", "--config", config);
        assertTrue(run(3, "", "staff", "remove", "李师傅", "--config", config).err().contains("no member of staff named '李师傅'"));
        assertTrue(run(3, "", "staff", "reset-pin", "李师傅", "--stdin", "--config", config).err().contains("no member of staff named '李师傅'"),
                "said before a PIN is asked for (standard input is empty)");
        assertEquals(1, json("staff", "list", "--json", "--config", config).size());

        JsonNode audit = json("audit", "--json", "--config", config);
        String user = System.getProperty("user.name");
        assertEquals(java.util.List.of("STAFF_ADDED", "STAFF_ADDED", "STAFF_PIN_RESET", "ENTRY", "STAFF_REMOVED"),
                java.util.stream.StreamSupport.stream(audit.spliterator(), false)
                        .filter(e -> !e.get("action").asText().equals("PIN_FAILED")).map(e -> e.get("action").asText()).toList());
        assertEquals("kioskctl", audit.get(0).get("channel").asText());
        assertEquals(user, audit.get(0).get("actor").asText());
        assertTrue(audit.get(0).get("at").asText().endsWith("+08:00"), "times in kiosk.timeZone: " + audit.get(0).get("at"));
        assertFalse(audit.toString().matches("(?s).*(4711|8642|9012).*"), "no PIN in the audit log");
    }

    @Test
    void badPinsNamesAndDatesAreRefusedInOneLine() throws Exception {
        assertTrue(run(2, "12ab\n", "staff", "add", "李师傅", "--role", "maintenance", "--stdin", "--config", config).err()
                .contains("a PIN is 4 to 12 digits"));
        assertTrue(run(2, "1".repeat(100) + "\n", "staff", "add", "李师傅", "--role", "maintenance", "--stdin", "--config", config).err()
                .contains("over 64 characters"));
        assertTrue(run(2, "4711\n", "staff", "add", "x".repeat(41), "--role", "maintenance", "--stdin", "--config", config).err()
                .contains("at most 40 characters"));
        run(2, "4711\n", "staff", "add", "李师傅", "--role", "cleaner", "--stdin", "--config", config);
        assertTrue(run(2, "", "audit", "--since", "2026-13-01", "--config", config).err().contains("is not a date"));
        assertEquals(0, json("staff", "list", "--json", "--config", config).size());
    }

    @Test
    void kioskctlLockAndUnlockAreAuditedWithTheOperatingSystemUser() throws Exception {
        run(0, "", "kiosk", "lock", "--reason", "更换打印纸", "--config", config);
        run(0, "", "kiosk", "unlock", "--config", config);
        JsonNode audit = json("audit", "--json", "--since", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "--config", config);
        assertEquals(2, audit.size(), audit.toString());
        assertEquals("LOCK", audit.get(0).get("action").asText());
        assertEquals("更换打印纸", audit.get(0).get("detail").asText());
        assertEquals("UNLOCK", audit.get(1).get("action").asText());
        for (JsonNode e : audit) {
            assertEquals("kioskctl", e.get("channel").asText());
            assertEquals(System.getProperty("user.name"), e.get("actor").asText());
        }
        String text = run(0, "", "audit", "--config", config).out();
        assertTrue(text.contains("kioskctl  " + System.getProperty("user.name") + "  LOCK  更换打印纸"), text);
        assertTrue(Files.exists(dir.resolve("data").resolve("kiosk.db")));
    }
}
