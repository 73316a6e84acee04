package zwfw.kiosk.app.cli.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.access.PinHash;
import zwfw.kiosk.core.access.StaffAccounts;
import zwfw.kiosk.core.access.StaffRole;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.availability.LockHolder;
import zwfw.kiosk.core.availability.ServiceLocks;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.storage.KioskDatabase;

/**
 * On a machine whose zone is UTC, every time kioskctl prints is in kiosk.timeZone (China time in the shipped
 * configuration): for people as {@code 2026-11-30 00:05:10 +08:00}, in JSON as ISO-8601 with {@code +08:00}.
 * Everything was recorded at 16:05:10 UTC, which is already the next day in China.
 */
class KioskctlTimesInConfiguredZoneTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock RECORDED = Clock.fixed(Instant.parse("2026-11-29T16:05:10Z"), ZoneOffset.UTC);
    private static final String HUMAN = "2026-11-30 00:05:10 +08:00";
    private static final String ISO = "2026-11-30T00:05:10+08:00";

    @TempDir
    Path dir;
    private String config;
    private TimeZone machineZone;

    @BeforeEach
    void recordEverythingAtOneInstantOnAUtcMachine() throws Exception {
        machineZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        config = StaffConfigs.shipped(dir, false).toString(); // a platform that never answers: nothing leaves the outbox
        Path data = dir.resolve("data");
        ServiceLocks locks = new ServiceLocks(data, RECORDED);
        locks.lock(LockHolder.STAFF, "更换打印纸", "kioskctl");
        locks.lock(LockHolder.PLATFORM, "维护", "platform");
        new ServiceReport(data, RECORDED).write(Set.of());
        try (KioskDatabase db = KioskDatabase.open(data, KioskAssembly.migrations())) {
            new StaffAccounts(db, RECORDED).add("李师傅", StaffRole.MAINTENANCE, PinHash.hash("4711".toCharArray()));
            new AuditLog(db, RECORDED).record("kioskctl", "tester", AuditAction.LOCK, "更换打印纸");
            new Outbox(db, new byte[32], RECORDED).enqueueEvaluation(
                    new EvaluationSubmission("ev-1", null, "KIOSK-1", 5, List.of(), null, ISO), "case-1");
        }
    }

    @AfterEach
    void restoreTheMachineZone() {
        TimeZone.setDefault(machineZone);
    }

    private String out(String... args) {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run(args), ctl.out() + ctl.err());
        return ctl.out();
    }

    private JsonNode json(String... args) throws Exception {
        return JSON.readTree(out(args));
    }

    @Test
    void kioskStatusAndUnlockShowLockAndReportTimesInTheConfiguredZone() throws Exception {
        String status = out("kiosk", "status", "--config", config);
        assertTrue(status.contains("locked by staff since " + HUMAN + " (kioskctl): 更换打印纸"), status);
        assertTrue(status.contains("locked by platform since " + HUMAN + " (platform): 维护"), status);
        assertTrue(status.contains("screen: in service as of " + HUMAN), status);

        JsonNode s = json("kiosk", "status", "--config", config, "--json");
        assertEquals(ISO, s.get("locks").get(0).get("at").asText());
        assertEquals(ISO, s.get("locks").get(1).get("at").asText());
        assertEquals(ISO, s.get("screen").get("reportedAt").asText());

        String unlock = out("kiosk", "unlock", "--config", config);
        assertTrue(unlock.contains("still locked by the platform since " + HUMAN + ": 维护"), unlock);
    }

    @Test
    void staffListAndAuditShowTheirTimesInTheConfiguredZone() throws Exception {
        String staff = out("staff", "list", "--config", config);
        assertTrue(staff.contains("李师傅\tsince " + HUMAN), staff);
        assertEquals(ISO, json("staff", "list", "--config", config, "--json").get(0).get("createdAt").asText());

        String audit = out("audit", "--config", config);
        assertTrue(audit.startsWith(HUMAN + "  kioskctl  tester  LOCK"), audit);
        assertEquals(ISO, json("audit", "--config", config, "--json").get(0).get("at").asText());
    }

    @Test
    void outboxStatusShowsWhenEntriesWereQueuedInTheConfiguredZone() throws Exception {
        String status = out("outbox", "status", "--config", config);
        assertTrue(status.startsWith("depth 1, oldest queued at " + HUMAN), status);
        JsonNode s = json("outbox", "status", "--config", config, "--json");
        assertEquals(ISO, s.get("oldestQueuedAt").asText());
        assertEquals(ISO, s.get("entries").get(0).get("createdAt").asText());
    }
}
