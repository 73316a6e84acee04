package zwfw.kiosk.core.metrics;

import java.time.Clock;
import java.time.Duration;

/**
 * Whether the platform answers: told of every heartbeat the platform answered
 * ({@link #answered()}); offline once no answer came for three heartbeat intervals, counted from the
 * last answer or from the start.
 */
public final class PlatformContact {
    private final Clock clock;
    private final Duration offlineAfter;
    private final long startedAt;
    private volatile long lastContact;

    public PlatformContact(Clock clock, Duration heartbeatInterval) {
        this.clock = clock;
        this.offlineAfter = heartbeatInterval.multipliedBy(3);
        this.startedAt = clock.millis();
    }

    /** The platform answered a heartbeat (whatever it said). */
    public void answered() {
        lastContact = clock.millis();
    }

    /** Unix time in milliseconds of the last answer; 0 when none came since start. */
    public long lastContactMillis() {
        return lastContact;
    }

    public boolean offline() {
        long since = lastContact == 0 ? startedAt : lastContact;
        return clock.millis() - since > offlineAfter.toMillis();
    }
}
