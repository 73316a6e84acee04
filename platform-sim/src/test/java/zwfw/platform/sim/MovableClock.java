package zwfw.platform.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** The platform's clock, moved by tests to age cases and tokens. */
final class MovableClock extends Clock {
    private final AtomicLong offsetMs = new AtomicLong();

    void advance(Duration d) {
        offsetMs.addAndGet(d.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return SimOptions.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis() + offsetMs.get());
    }
}
