package zwfw.kiosk.core.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether the kiosk has lost contact with the platform, for the operators' {@code kiosk_offline}:
 * told of every heartbeat the platform answered ({@link #answered()}: an answer, or its refusal of
 * the kiosk's clock); contact is lost once no answer came for three heartbeat intervals, counted from
 * the last answer or from the start, so one missed heartbeat does not raise an alert. Not the screen's
 * "offline": {@link zwfw.kiosk.core.platform.PlatformReach} says at once, from any request, whether the
 * platform answers now. The wait is measured on a monotonic ticker, not on the kiosk's clock: NTP setting
 * the clock forward must not read as lost contact until the next heartbeat.
 */
public final class PlatformContact {
    private final Clock clock;
    private final LongSupplier nanoTicker;
    private final long offlineAfterNanos;
    private final long startedAtNanos;
    private volatile long lastContact;
    private volatile long lastContactNanos;
    private volatile boolean answeredOnce;

    public PlatformContact(Clock clock, Duration heartbeatInterval) {
        this(clock, System::nanoTime, heartbeatInterval);
    }

    /** {@code nanoTicker}: a monotonic source like {@link System#nanoTime()}; only differences of its values count. */
    public PlatformContact(Clock clock, LongSupplier nanoTicker, Duration heartbeatInterval) {
        this.clock = clock;
        this.nanoTicker = nanoTicker;
        this.offlineAfterNanos = heartbeatInterval.multipliedBy(3).toNanos();
        this.startedAtNanos = nanoTicker.getAsLong();
    }

    /** The platform answered a heartbeat (whatever it said). */
    public void answered() {
        lastContactNanos = nanoTicker.getAsLong();
        lastContact = clock.millis();
        answeredOnce = true;
    }

    /** Unix time in milliseconds of the last answer, on the kiosk's clock; 0 when none came since start. */
    public long lastContactMillis() {
        return lastContact;
    }

    /** No heartbeat answered for three intervals: what {@code kiosk_offline} reports. */
    public boolean lostContact() {
        long since = answeredOnce ? lastContactNanos : startedAtNanos;
        return nanoTicker.getAsLong() - since > offlineAfterNanos; // a difference: nanoTime may wrap
    }
}
