package zwfw.kiosk.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand (e.g. past the personal-data backstop). */
public final class MovableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MovableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
