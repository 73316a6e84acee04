package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract §6, revision 2026-11-29: the heartbeat may carry "restarts". */
class HeartbeatRestartsTest {
    private static String json(Integer restarts) {
        return new String(PlatformClient.encode(new HeartbeatReport("2026-11-29T09:30:00+08:00", "1.0.0", 5, 0, null, List.of(),
                new HeartbeatReport.UsageToday(0, 0, 0), restarts)), StandardCharsets.UTF_8);
    }

    @Test
    void restartsSinceBootAreSentWhenKnown() {
        assertTrue(json(3).contains("\"restarts\":3"), json(3));
    }

    @Test
    void noRestartsFieldWhenNotCounted() {
        assertFalse(json(null).contains("restarts"), json(null));
    }
}
