package zwfw.kiosk.app.input.wedge;

import java.time.Duration;
import java.util.Objects;

/**
 * How to tell a keyboard-wedge scanner from a person typing.
 *
 * @param maxGap    the longest pause between two keys of one scan (scanners type a key every few
 *                  milliseconds; people take 80 ms or more); default 30 ms
 * @param minLength the fewest characters a scan has; shorter fast bursts are typing; default 4
 */
public record WedgeSettings(Duration maxGap, int minLength) {

    public WedgeSettings {
        Objects.requireNonNull(maxGap, "maxGap");
        if (maxGap.isNegative() || maxGap.isZero() || maxGap.toMillis() > 500) {
            throw new IllegalArgumentException("maxGap must be between 1 and 500 ms, not " + maxGap.toMillis() + " ms");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1");
        }
    }

    public static WedgeSettings defaults() {
        return new WedgeSettings(Duration.ofMillis(30), 4);
    }
}
