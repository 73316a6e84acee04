package zwfw.kiosk.core.audit;

import java.time.Instant;

/**
 * One line of the audit log: when, through which channel ({@code screen}, {@code kioskctl}), who
 * (a technician's display name at the screen, the operating-system user for kioskctl; never a
 * citizen), what, and a detail without secrets or personal data.
 */
public record AuditEntry(long id, Instant at, String channel, String actor, AuditAction action, String detail) {
}
