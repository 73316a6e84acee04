package zwfw.kiosk.core.config;

import java.time.Duration;

/** How the kiosk window behaves and when it gives up on an idle citizen. */
public record UiSettings(boolean fullScreen, boolean alwaysOnTop, boolean showCursor, Duration idleTimeout,
                         Duration countdown, boolean elderlyModeByDefault, boolean speech) {
}
