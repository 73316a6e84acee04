package zwfw.kiosk.app.cli.audit;

import java.time.Clock;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.StorageException;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.wiring.KioskAssembly;

/** What kioskctl writes to the audit log: channel {@code kioskctl}, the operating-system user as the actor. */
public final class CliAudit {
    public static final String CHANNEL = "kioskctl";

    private CliAudit() {
    }

    /** The operating-system user running kioskctl. */
    public static String operator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    public static void record(KioskDatabase db, Clock clock, AuditAction action, String detail) {
        new AuditLog(db, clock).record(CHANNEL, operator(), action, detail);
    }

    /**
     * Records one entry in the configured kiosk's database, opening and closing it, after {@code done}
     * already happened: a database that cannot take the entry (disk full) fails the command with
     * exit 5 and says that what was done stays done.
     */
    public static void recordAfter(KioskConfig config, String done, AuditAction action, String detail) {
        try (KioskDatabase db = KioskDatabase.open(config.dataDir(), KioskAssembly.migrations())) {
            record(db, config.clock(), action, detail);
        } catch (StorageException e) {
            throw new CliFailure(5, done + ", but the audit entry was not written: " + e.plainReason());
        }
    }
}
