package zwfw.kiosk.core.config;

import java.time.Duration;

/**
 * How the kiosk window behaves and when it gives up on an idle citizen: {@code idleTimeout} without a touch
 * ({@code elderlyIdleTimeout} in 长辈版) before the warning, which counts down {@code countdown}; the header's
 * countdown shows from {@code countdownShown} before the warning.
 */
public record UiSettings(boolean fullScreen, boolean alwaysOnTop, boolean showCursor, Duration idleTimeout,
                         Duration countdown, boolean elderlyModeByDefault, boolean speech,
                         Duration elderlyIdleTimeout, Duration countdownShown) {
}
