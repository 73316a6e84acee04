package zwfw.kiosk.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The times staff read (kioskctl, the diagnostics bundle): the configured zone's offset always written, seconds always written, odd text left alone. */
class ShownTimeTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void anInstantOnTheMinuteStillCarriesItsSecondsAndTheZonesOffset() {
        Instant at = Instant.parse("2026-11-29T16:05:00Z");
        assertEquals("2026-11-30T00:05:00+08:00", ShownTime.json(at, CHINA));
        assertEquals("2026-11-30 00:05:00 +08:00", ShownTime.human(at, CHINA));
    }

    @Test
    void storedUtcTextAndThePlatformsOwnOffsetAreMovedToTheConfiguredZone() {
        assertEquals("2026-11-30T00:05:10.123+08:00", ShownTime.json("2026-11-29T16:05:10.123Z", CHINA));
        assertEquals("2026-11-30 00:05:10 +08:00", ShownTime.human("2026-11-30T01:05:10+09:00", CHINA));
    }

    @Test
    void textThatIsNoTimeIsShownAsItCameAndNullStaysNull() {
        assertEquals("…", ShownTime.human("…", CHINA));
        assertEquals("x".repeat(100), ShownTime.json("x".repeat(100), CHINA));
        assertNull(ShownTime.human((Instant) null, CHINA));
        assertNull(ShownTime.json((String) null, CHINA));
    }
}
