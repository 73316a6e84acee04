package zwfw.kiosk.core.devicehealth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * Receipts printed on each printer's paper roll since staff last put a new one in (and reset it):
 * kept in the database, so a restart does not lose count of how much paper is left.
 */
public final class PaperRoll {
    static final String COMPONENT = "paper_roll";

    private final KioskDatabase db;
    private final Clock clock;

    public PaperRoll(KioskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static List<Migration> migrations() {
        return List.of(Migration.sql(COMPONENT, 1, "receipts printed per paper roll",
                "CREATE TABLE paper_roll(device_id TEXT PRIMARY KEY, printed INTEGER NOT NULL, since TEXT NOT NULL)"));
    }

    /** One more print on {@code deviceId}'s roll. */
    public void printed(String deviceId) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO paper_roll(device_id, printed, since) VALUES(?,1,?)"
                    + " ON CONFLICT(device_id) DO UPDATE SET printed=printed+1")) {
                ps.setString(1, deviceId);
                ps.setString(2, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }

    /** A new roll is in: counts from zero again. */
    public void reset(String deviceId) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO paper_roll(device_id, printed, since) VALUES(?,0,?)"
                    + " ON CONFLICT(device_id) DO UPDATE SET printed=0, since=excluded.since")) {
                ps.setString(1, deviceId);
                ps.setString(2, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }

    /** Prints on the current roll of {@code deviceId}. */
    public long count(String deviceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT printed FROM paper_roll WHERE device_id=?")) {
                ps.setString(1, deviceId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }
}
