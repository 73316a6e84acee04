package zwfw.kiosk.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.outbox.MovableClock;

/** Offline is measured on a monotonic ticker: the kiosk's wall clock may be set forward or back at any time. */
class PlatformContactTest {
    private static final Instant NOW = Instant.parse("2026-11-29T15:05:10Z");

    private final MovableClock clock = new MovableClock(NOW, java.time.ZoneId.of("Asia/Shanghai"));
    private final AtomicLong nanos = new AtomicLong(42);
    private final PlatformContact contact = new PlatformContact(clock, nanos::get, Duration.ofSeconds(60));

    @Test
    void aForwardClockJumpDoesNotReadAsOfflineUntilTheNextHeartbeat() {
        contact.answered();
        clock.advance(Duration.ofHours(2)); // NTP correcting a kiosk that booted with a stale clock
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertFalse(contact.lostContact(), "one real second after the last answer is not three missed heartbeats");
    }

    @Test
    void aBackwardClockJumpDoesNotHideThreeMissedHeartbeats() {
        contact.answered();
        clock.advance(Duration.ofHours(-2));
        nanos.addAndGet(Duration.ofSeconds(181).toNanos());
        assertTrue(contact.lostContact(), "181 real seconds without an answer are three missed heartbeats");
    }

    @Test
    void offlineAfterThreeIntervalsFromStartOrFromTheLastAnswer() {
        nanos.addAndGet(Duration.ofSeconds(180).toNanos());
        assertFalse(contact.lostContact(), "exactly three intervals is not yet more than three");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(contact.lostContact(), "no answer since start for three intervals");
        contact.answered();
        assertFalse(contact.lostContact());
        assertEquals(NOW.toEpochMilli(), contact.lastContactMillis(), "the last contact is still a wall-clock time, for the dashboard");
    }
}
