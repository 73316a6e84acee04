package zwfw.kiosk.app.wiring;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.access.DemoPins;
import zwfw.kiosk.core.access.StaffAccounts;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.storage.KioskDatabase;

/** What the kiosk (not kioskctl) checks about its staff when it starts. */
public final class StaffStartup {
    private static final Logger log = LoggerFactory.getLogger(StaffStartup.class);

    private StaffStartup() {
    }

    /**
     * Why this configuration and its staff accounts must not start a kiosk (a demo PIN on a real platform), or empty;
     * the accounts are read read-only (validating writes nothing); null (validate found problems) is no refusal.
     * {@code KioskLauncher} refuses to start on it, {@code kioskctl config validate} reports it.
     */
    public static Optional<String> demoPinRefusal(KioskConfig config) {
        if (config == null || config.platformEmbedded()) {
            return Optional.empty();
        }
        return DemoPins.refusal(config, StaffAccounts.readOnly(config.dataDir()));
    }

    /** Deletes the audit log's entries older than its retention, by the kiosk's clock. */
    static void purgeOldAudit(KioskDatabase db, Clock clock) {
        int purged = new AuditLog(db, clock).purge();
        if (purged > 0) {
            log.info("audit log: {} entries older than {} days deleted", purged, AuditLog.RETENTION.toDays());
        }
    }
}
