package zwfw.kiosk.app.cli.kiosk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.cli.CapturedKioskCtl;

/** {@code kioskctl kiosk lock|unlock|status} against a running kiosk on the same configuration. */
class KioskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private KioskUnderTest kiosk;
    private String configDir;

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        configDir = temp.resolve("config").toString();
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private CapturedKioskCtl run(int expectedExit, String... args) {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        int exit = ctl.run(args);
        assertEquals(expectedExit, exit, ctl.out() + ctl.err());
        return ctl;
    }

    private boolean outOfServiceShown() {
        return kiosk.robot().lookup("#out-of-service").query().isVisible();
    }

    @Test
    void lockTakesTheRunningKioskOutOfServiceWithinSecondsAndUnlockBringsItBack() throws Exception {
        JsonNode lock = JSON.readTree(run(0, "kiosk", "lock", "--config", configDir, "--reason", "更换打印纸", "--json").out());
        assertEquals("STAFF", lock.get("holder").asText());
        assertEquals("更换打印纸", lock.get("reason").asText());
        assertEquals("kioskctl", lock.get("by").asText());

        await().atMost(Duration.ofSeconds(3)).until(() -> outOfServiceShown()
                && "终端正在维护，暂停服务".equals(kiosk.text("out-of-service-reason")));

        // The screen's report is written just after the screen changes.
        await().atMost(Duration.ofSeconds(3)).until(() -> !JSON.readTree(run(0, "kiosk", "status", "--config", configDir, "--json")
                .out()).get("screen").get("inService").asBoolean());
        JsonNode status = JSON.readTree(run(0, "kiosk", "status", "--config", configDir, "--json").out());
        assertTrue(status.get("locked").asBoolean());
        assertEquals("更换打印纸", status.get("locks").get(0).get("reason").asText());
        JsonNode screen = status.get("screen");
        assertEquals("STAFF_LOCK", screen.get("reasons").get(0).asText());
        assertTrue(screen.get("running").asBoolean());

        assertTrue(run(0, "kiosk", "unlock", "--config", configDir).out().startsWith("unlocked"));
        await().atMost(Duration.ofSeconds(3)).until(() -> !outOfServiceShown());
        JsonNode after = JSON.readTree(run(0, "kiosk", "status", "--config", configDir, "--json").out());
        assertFalse(after.get("locked").asBoolean());
        assertEquals(0, after.get("locks").size());
        await().atMost(Duration.ofSeconds(3)).until(() -> JSON.readTree(run(0, "kiosk", "status", "--config", configDir, "--json")
                .out()).get("screen").get("inService").asBoolean());
    }

    @Test
    void aStaffUnlockLeavesThePlatformsLockAndSaysSo() {
        var assembly = kiosk.app().assembly();
        assembly.embeddedPlatform().orElseThrow().queueCommand(assembly.config().kioskId(), "LOCK", "维护");
        assembly.heartbeat().sendNow();
        await().atMost(Duration.ofSeconds(5)).until(() -> run(0, "kiosk", "status", "--config", configDir).out().contains("platform"));
        run(0, "kiosk", "lock", "--config", configDir, "--reason", "检修");

        String out = run(0, "kiosk", "unlock", "--config", configDir).out();
        assertTrue(out.contains("still locked by the platform"), out);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(this::outOfServiceShown);
        assertEquals("终端已被暂停使用", kiosk.text("out-of-service-reason"));

        run(0, "kiosk", "unlock", "--config", configDir, "--platform");
        await().atMost(Duration.ofSeconds(3)).until(() -> !outOfServiceShown());
    }

    @Test
    void lockWithoutAReasonIsRefusedAndLocksNothing() {
        CapturedKioskCtl ctl = run(2, "kiosk", "lock", "--config", configDir);
        assertTrue(ctl.err().contains("--reason"), ctl.err());
        assertTrue(run(2, "kiosk", "lock", "--config", configDir, "--reason", "  ").err().contains("must say why"));
        String status = run(0, "kiosk", "status", "--config", configDir).out();
        assertTrue(status.startsWith("not locked\nscreen: in service as of "), status);
    }

    @Test
    void aLockThatCannotBeWrittenIsAOneLineFailureAndTheKioskStaysInService() throws Exception {
        Path locks = kiosk.app().assembly().config().dataDir().resolve("locks");
        java.nio.file.Files.deleteIfExists(locks);
        // Nothing can be written there, even by root (for whom a read-only mode changes nothing): a link into /proc.
        java.nio.file.Files.createSymbolicLink(locks, Path.of("/proc/self/fdinfo"));

        CapturedKioskCtl ctl = run(3, "kiosk", "lock", "--config", configDir, "--reason", "更换打印纸");

        assertEquals(1, ctl.err().trim().lines().count(), ctl.err());
        assertTrue(ctl.err().contains("not locked: cannot write the lock record"), ctl.err());
        assertTrue(run(0, "kiosk", "status", "--config", configDir).out().startsWith("not locked"));
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> !outOfServiceShown());
    }
}
