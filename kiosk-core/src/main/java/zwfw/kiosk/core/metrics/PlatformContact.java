package zwfw.kiosk.core.metrics;

import java.time.Clock;
import java.time.Duration;

/**
 * Whether the kiosk has lost contact with the platform, for the operators' {@code kiosk_offline}:
 * told of every heartbeat the platform answered ({@link #answered()}: an answer, or its refusal of
 * the kiosk's clock); contact is lost once no answer came for three heartbeat intervals, counted from
 * the last answer or from the start, so one missed heartbeat does not raise an alert. Not the screen's
 * "offline": {@link zwfw.kiosk.core.platform.PlatformReach} says at once, from any request, whether the
 * platform answers now.
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

    /** No heartbeat answered for three intervals: what {@code kiosk_offline} reports. */
    public boolean lostContact() {
        long since = lastContact == 0 ? startedAt : lastContact;
        return clock.millis() - since > offlineAfter.toMillis();
    }
}
