package zwfw.kiosk.core.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Restart when no citizen is in a visit": {@code DATA_DIR/run/restart-requested}, written by the
 * package's postinst on an update ({@code /usr/lib/zwfw-kiosk/restart-when-idle}) and meant for the
 * heartbeat's RESTART command too. The kiosk honours only a request made after it started, so a
 * stale one never makes it restart at once.
 */
public final class RestartRequest {
    private static final Logger log = LoggerFactory.getLogger(RestartRequest.class);

    private final Path file;
    private final Instant startedAt;

    public RestartRequest(Path dataDir, Instant startedAt) {
        this.file = RunFiles.dir(dataDir).resolve("restart-requested");
        this.startedAt = startedAt;
    }

    /** Asks the running kiosk to restart when idle. */
    public void request(String reason) throws IOException {
        RunFiles.write(file, reason.replaceAll("[\\r\\n]", " "));
    }

    /** The reason of a request made since this kiosk started, or null. Reads a file: not on the UI thread. */
    public String pending() {
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).toInstant().isBefore(startedAt)) {
                return null;
            }
            String reason = RunFiles.read(file);
            return reason == null || reason.isEmpty() ? "requested" : reason;
        } catch (IOException e) {
            log.debug("restart request unreadable: {}", e.toString());
            return null;
        }
    }

    /** Taken: the next kiosk does not see it again. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("restart request not cleared: {}", e.toString());
        }
    }
}
