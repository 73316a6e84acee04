package zwfw.kiosk.app;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Awaitility's defaults for every test of this module, set once per test JVM. Its own defaults
 * (first look after 100 ms, then every 100 ms) made each wait cost at least 100 ms even when the
 * condition already held, and the UI tests wait thousands of times; looking at once and then
 * every 20 ms proves the same conditions within the same time limits.
 */
public final class AwaitDefaults implements LauncherSessionListener {
    static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(POLL_INTERVAL);
    }
}
