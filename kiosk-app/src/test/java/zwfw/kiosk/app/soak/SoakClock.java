package zwfw.kiosk.app.soak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the soak moves: the system's time plus an offset it jumps (past midnight, back a few minutes). */
public final class SoakClock extends Clock {
    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public SoakClock(ZoneId zone) {
        this.zone = zone;
    }

    public void jump(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SoakClock c = new SoakClock(other);
        c.offset = offset;
        return c;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
