package zwfw.kiosk.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartRequestTest {
    @TempDir
    Path data;

    @Test
    void aRequestMadeAfterTheKioskStartedIsPendingUntilCleared() throws Exception {
        RestartRequest r = new RestartRequest(data, Instant.now().minusSeconds(60));
        assertNull(r.pending());
        r.request("update to 1.0.1");
        assertEquals("update to 1.0.1", r.pending());
        r.clear();
        assertNull(r.pending());
    }

    @Test
    void aRequestOlderThanTheKioskIsIgnored() throws Exception {
        new RestartRequest(data, Instant.now()).request("made while no kiosk ran");
        Files.setLastModifiedTime(data.resolve("run/restart-requested"), FileTime.from(Instant.now().minusSeconds(3600)));
        assertNull(new RestartRequest(data, Instant.now().minusSeconds(60)).pending());
    }

    @Test
    void theShellScriptsRequestCountsToo() throws Exception {
        Files.createDirectories(data.resolve("run"));
        Files.writeString(data.resolve("run/restart-requested"), "");
        assertEquals("requested", new RestartRequest(data, Instant.now().minusSeconds(60)).pending());
    }
}
