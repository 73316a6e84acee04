package zwfw.kiosk.app.cli.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageEvent;
import zwfw.kiosk.core.usage.UsageLog;

/** {@code kioskctl usage} on a real kiosk database written through the usage log. */
class UsageCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedConfig() throws Exception {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + dir.resolve("data"))
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + dir.resolve("data").resolve("secrets.yaml"));
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), dir.resolve("catalog.json"));
    }

    private void used() {
        try (KioskDatabase db = KioskDatabase.open(dir.resolve("data"), KioskAssembly.migrations())) {
            UsageLog log = new UsageLog(db, Clock.systemUTC());
            for (int i = 0; i < 4; i++) {
                log.record(UsageEvent.SESSION_STARTED, null);
            }
            log.record(UsageEvent.SERVICE_CHOSEN, "RS-0001");
            log.record(UsageEvent.CASE_SUBMITTED, "RS-0001");
            log.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
            log.record(UsageEvent.SERVICE_CHOSEN, "GA-0002");
            log.record(UsageEvent.ABANDONED_TIMEOUT, "GA-0002");
            log.record(UsageEvent.ABANDONED_ENDED, "GA-0002");
        }
    }

    @Test
    void printsSessionsAndPerServiceCountsMostChosenFirst() {
        used();
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("usage", "--config", dir.toString(), "--days", "7"), ctl.err());
        String out = ctl.out();
        assertTrue(out.contains("(7 days)"), out);
        assertTrue(out.contains("sessions 4, services chosen 3, cases submitted 1, abandoned 2"), out);
        assertTrue(out.matches("(?s).*GA-0002\\s+2\\s+0\\s+1/1\\s+无犯罪记录证明.*RS-0001\\s+1\\s+1\\s+0/0\\s+个人参保证明打印.*"), out);
    }

    @Test
    void jsonHasTheSameCounts() throws Exception {
        used();
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("usage", "--config", dir.toString(), "--json"), ctl.err());
        JsonNode j = JsonOutput.mapper().readTree(ctl.out());
        assertEquals(30, j.get("days").asInt());
        assertEquals(4, j.get("sessions").asInt());
        assertEquals(2, j.get("abandoned").asInt());
        JsonNode first = j.get("services").get(0);
        assertEquals("GA-0002", first.get("code").asText());
        assertEquals(2, first.get("chosen").asInt());
        assertEquals(1, first.get("abandonedTimeout").asInt());
        assertEquals(1, j.get("services").get(1).get("submitted").asInt());
    }

    @Test
    void withoutADatabaseItSaysTheKioskHasNotRunAndCreatesNone() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(3, ctl.run("usage", "--config", dir.toString()));
        assertTrue(ctl.err().contains("has not run"), ctl.err());
        assertTrue(!Files.exists(dir.resolve("data").resolve("kiosk.db")));
    }

    @Test
    void zeroDaysIsRefused() {
        used();
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("usage", "--config", dir.toString(), "--days", "0"));
        assertTrue(ctl.err().contains("--days 0: must be 1 to 3660 days"), ctl.err());
    }
}
