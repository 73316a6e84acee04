package zwfw.kiosk.core.config;

import java.time.Duration;

/**
 * How the kiosk window behaves and when it gives up on an idle citizen: {@code idleTimeout} without a touch
 * ({@code elderlyIdleTimeout} in 长辈版) before the warning, which counts down {@code countdown}; the header's
 * countdown shows from {@code countdownShown} before the warning. The thank-you after an evaluation shows for
 * {@code thanks} before the attract screen comes back.
 */
public record UiSettings(boolean fullScreen, boolean alwaysOnTop, boolean showCursor, Duration idleTimeout,
                         Duration countdown, boolean elderlyModeByDefault, boolean speech,
                         Duration elderlyIdleTimeout, Duration countdownShown, Duration thanks) {

    /**
     * How long the thank-you shows: {@code thanks}, and in 长辈版 as much longer as 长辈版's idle time is than the
     * normal one (12 s by default), the same slower pace without a second key to keep in step.
     */
    public Duration thanksShown(boolean elderly) {
        if (!elderly || elderlyIdleTimeout.compareTo(idleTimeout) <= 0) {
            return thanks;
        }
        return thanks.multipliedBy(elderlyIdleTimeout.toMillis()).dividedBy(idleTimeout.toMillis());
    }
}
