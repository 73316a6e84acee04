package zwfw.kiosk.core.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * The append-only record of what staff did (issue 14): entry, failed PINs, setting changes, tests,
 * locks. SQLite triggers refuse every UPDATE and every DELETE of a row younger than
 * {@link #RETENTION}, so only the retention purge ({@link #purge()}) removes anything. The general
 * log stays free of names; this table holds staff names and operating-system users, never a citizen.
 */
public final class AuditLog {
    static final String COMPONENT = "audit";
    /** How long entries are kept; the triggers hold the same number. */
    public static final Duration RETENTION = Duration.ofDays(400);
    /** The longest detail stored: one setting change with old and new value. */
    public static final int MAX_DETAIL_CHARS = 500;
    /** Fixed width, so that text order is time order and SQLite's strftime compares with it. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(secret|pin|password|key|token|credential).*");

    /** The trigger's cutoff: SQLite's own (the machine's) time minus the retention; constant within one statement. */
    private static final String SQLITE_CUTOFF = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-" + RETENTION.toDays() + " days')";

    private final KioskDatabase db;
    private final Clock clock;

    public AuditLog(KioskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static List<Migration> migrations() {
        String youngerThanRetention = "OLD.at > " + SQLITE_CUTOFF;
        return List.of(Migration.sql(COMPONENT, 1, "append-only audit log of staff actions",
                "CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, channel TEXT NOT NULL,"
                        + " actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)",
                "CREATE INDEX audit_at ON audit(at)",
                "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit WHEN " + youngerThanRetention
                        + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only (entries go after " + RETENTION.toDays() + " days)'); END"));
    }

    public void record(String channel, String actor, AuditAction action, String detail) {
        String d = cut(detail == null ? "" : detail.replaceAll("\\p{Cntrl}", " "));
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit(at, channel, actor, action, detail) VALUES(?,?,?,?,?)")) {
                ps.setString(1, AT.format(clock.instant()));
                ps.setString(2, channel);
                ps.setString(3, cut(actor));
                ps.setString(4, action.name());
                ps.setString(5, d);
                return ps.executeUpdate();
            }
        });
    }

    /** Records a setting change as "key: old → new", masking the values of keys that hold secrets or PINs. */
    public void recordSettingChange(String channel, String actor, String key, String oldValue, String newValue) {
        boolean secret = SECRET_KEY.matcher(key).matches();
        record(channel, actor, AuditAction.SETTING_CHANGED,
                key + ": " + (secret ? "***" : oldValue) + " → " + (secret ? "***" : newValue));
    }

    /** Entries at or after {@code since}, oldest first. */
    public List<AuditEntry> since(Instant since) {
        return db.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, at, channel, actor, action, detail FROM audit WHERE at >= ? ORDER BY at, id")) {
                ps.setString(1, AT.format(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                                AuditAction.valueOf(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Deletes entries older than {@link #RETENTION}; the kiosk calls this when it starts. Returns how many went. Only
     * what both the kiosk's clock and the trigger (SQLite's time) consider expired goes, so a kiosk clock set ahead
     * neither trips the trigger (failing the start) nor removes entries younger than the retention.
     */
    public int purge() {
        Instant cutoff = clock.instant().minus(RETENTION);
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit WHERE at < ? AND at <= " + SQLITE_CUTOFF)) {
                ps.setString(1, AT.format(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    private static String cut(String s) {
        return s.length() <= MAX_DETAIL_CHARS ? s : s.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
