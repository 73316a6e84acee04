package zwfw.kiosk.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartCounterTest {
    @TempDir
    Path data;

    @Test
    void theFirstStartAfterABootIsNoRestartAndEachLaterStartCountsOne() {
        assertEquals(0, RestartCounter.recordStart(data, "boot-a"));
        assertEquals(1, RestartCounter.recordStart(data, "boot-a"));
        assertEquals(2, RestartCounter.recordStart(data, "boot-a"));
    }

    @Test
    void aRebootStartsTheCountAgain() {
        RestartCounter.recordStart(data, "boot-a");
        RestartCounter.recordStart(data, "boot-a");
        assertEquals(0, RestartCounter.recordStart(data, "boot-b"));
        assertEquals(1, RestartCounter.recordStart(data, "boot-b"));
    }

    @Test
    void aDamagedCounterFileCountsFromZeroAgain() throws Exception {
        Files.createDirectories(data.resolve("run"));
        Files.writeString(data.resolve("run/restarts"), "garbage that is not a count");
        assertEquals(0, RestartCounter.recordStart(data, "boot-a"));
        assertEquals(1, RestartCounter.recordStart(data, "boot-a"));
    }

    @Test
    void theBootIdComesFromTheKernel() {
        Path kernel = Path.of("/proc/sys/kernel/random/boot_id");
        if (Files.isReadable(kernel)) {
            assertTrue(RestartCounter.bootId(kernel).matches("[0-9a-f-]{36}"), RestartCounter.bootId(kernel));
        }
        assertEquals("unknown-boot", RestartCounter.bootId(data.resolve("no-such-file")));
    }
}
