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

    /** Thrown when a demo PIN would open a kiosk on a real platform; the message is the one-line reason. */
    public static final class DemoPinRefused extends IllegalStateException {
        public DemoPinRefused(String reason) {
            super(reason);
        }
    }

    /** Why this configuration and database must not start a kiosk, or empty; {@code config validate} asks the same. */
    public static Optional<String> demoPinRefusal(KioskConfig config, KioskDatabase db) {
        return DemoPins.refusal(config, new StaffAccounts(db, Clock.systemUTC()).all());
    }

    /**
     * As {@link #demoPinRefusal(KioskConfig, KioskDatabase)}, reading the staff accounts read-only
     * (validating writes nothing); null (validate found problems) is no refusal.
     */
    public static Optional<String> demoPinRefusal(KioskConfig config) {
        if (config == null || config.platformEmbedded()) {
            return Optional.empty();
        }
        return DemoPins.refusal(config, StaffAccounts.readOnly(config.dataDir()));
    }

    static void check(KioskConfig config, KioskDatabase db) {
        Optional<String> refused = demoPinRefusal(config, db);
        if (refused.isPresent()) {
            throw new DemoPinRefused("the kiosk does not start: " + refused.get());
        }
        int purged = new AuditLog(db, Clock.systemUTC()).purge();
        if (purged > 0) {
            log.info("audit log: {} entries older than {} days deleted", purged, AuditLog.RETENTION.toDays());
        }
    }
}
