package zwfw.kiosk.core.platform;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with jitter: the n-th retry waits a random time between half and all of
 * {@code min(cap, base * 2^n)}, so kiosks that lost the network together do not return together.
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final Random random;

    public Backoff(Duration base, Duration cap, Random random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofMinutes(5), new Random());
    }

    /** The wait before retry number {@code attempt} (1 = the first retry). */
    public Duration delay(int attempt) {
        int shift = Math.max(0, Math.min(attempt - 1, 30));
        long full = Math.min(cap.toMillis(), base.toMillis() << shift);
        if (full <= 0) {
            full = cap.toMillis();
        }
        long half = full / 2;
        long jitter;
        synchronized (random) {
            jitter = half == 0 ? 0 : (long) (random.nextDouble() * (full - half + 1));
        }
        return Duration.ofMillis(half + jitter);
    }
}
