package zwfw.kiosk.core.outbox;

import java.time.Instant;
import java.util.List;

/** The staff view: how many entries wait, since when, and each waiting entry with its last error. */
public record OutboxStatus(int depth, Instant oldestQueuedAt, List<OutboxEntry> entries) {
}
