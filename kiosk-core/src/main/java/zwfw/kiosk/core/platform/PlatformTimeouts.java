package zwfw.kiosk.core.platform;

import java.time.Duration;

/** Connect, read and whole-call time limits of one request to the platform. */
public record PlatformTimeouts(Duration connect, Duration read, Duration call) {
    public static PlatformTimeouts defaults() {
        return new PlatformTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30));
    }
}
