package zwfw.kiosk.core.outbox;

import java.time.Instant;
import java.util.List;

/**
 * The staff view: how many entries wait, since when, and each waiting entry with its last error; and
 * how many entries the platform already answered still hold sealed personal data (their visit has not
 * ended and the backstop has not passed), with the commit time of the oldest. No personal data.
 */
public record OutboxStatus(int depth, Instant oldestQueuedAt, List<OutboxEntry> entries,
                           int answeredHoldingPersonalData, Instant oldestHoldingPersonalDataSince) {
}
