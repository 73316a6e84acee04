package zwfw.kiosk.app.soak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the soak moves: the system's time plus an offset it jumps (past midnight, back a few minutes). Given
 * to the kiosk as its one clock ({@code KioskConfig.withClock}); a copy in another zone shares the offset, so a
 * jump reaches every part of the kiosk that holds one.
 */
public final class SoakClock extends Clock {
    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public SoakClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private SoakClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void jump(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SoakClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
