package zwfw.kiosk.core.usage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * Per-day, per-service counts of what citizens do at the kiosk ({@link UsageEvent}), kept in the
 * kiosk's database so the home screen's "most used first" survives a restart and the
 * administrator can see usage over any number of days. Only counts: no person, no form value.
 * Days are days in the clock's zone (the kiosk's configured zone, {@code KioskConfig.clock()}), like {@link UsageToday}.
 */
public final class UsageLog {
    static final String COMPONENT = "usage";
    /** The service code stored for events that belong to no service (a session started, left before choosing). */
    public static final String NO_SERVICE = "";

    private final KioskDatabase db;
    private final Clock clock;

    public UsageLog(KioskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        if (db.schemaVersion(COMPONENT) < migrations().size()) {
            throw new IllegalStateException("the database was opened without the usage migrations (UsageLog.migrations())");
        }
    }

    /** The database the counts are kept in; the usage events ({@link UsageJournal}) live there too. */
    KioskDatabase database() {
        return db;
    }

    /** The usage log's schema steps; pass them to {@link KioskDatabase#open}. */
    public static List<Migration> migrations() {
        return List.of(Migration.sql(COMPONENT, 1, "daily usage counts per service",
                "CREATE TABLE usage_daily(day TEXT NOT NULL, service_code TEXT NOT NULL, event TEXT NOT NULL,"
                        + " count INTEGER NOT NULL, PRIMARY KEY(day, service_code, event))"),
                UsageJournal.migration(COMPONENT, 2));
    }

    /** Counts one event today; {@code serviceCode} null for events of no service. Durable when this returns. */
    public void record(UsageEvent event, String serviceCode) {
        String day = today().toString();
        String code = serviceCode == null ? NO_SERVICE : serviceCode;
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_daily(day, service_code, event, count)"
                    + " VALUES(?,?,?,1) ON CONFLICT(day, service_code, event) DO UPDATE SET count = count + 1")) {
                ps.setString(1, day);
                ps.setString(2, code);
                ps.setString(3, event.name());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How often each service had this event in the last {@code days} days, today included. */
    public Map<String, Integer> counts(UsageEvent event, int days) {
        String from = firstDay(days).toString();
        return db.read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT service_code, SUM(count) FROM usage_daily"
                    + " WHERE event = ? AND day >= ? AND service_code <> '' GROUP BY service_code")) {
                ps.setString(1, event.name());
                ps.setString(2, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** Every count of the last {@code days} days (today included), by service and event. */
    public UsageReport report(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        LocalDate first = firstDay(days);
        return db.read(c -> {
            Map<String, Map<UsageEvent, Integer>> byService = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT service_code, event, SUM(count) FROM usage_daily"
                    + " WHERE day >= ? GROUP BY service_code, event")) {
                ps.setString(1, first.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UsageEvent e = event(rs.getString(2));
                        if (e != null) {
                            byService.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(UsageEvent.class))
                                    .merge(e, rs.getInt(3), Integer::sum);
                        }
                    }
                }
            }
            return new UsageReport(first, today(), byService);
        });
    }

    /** An event name written by a newer version is skipped rather than failing the whole report. */
    private static UsageEvent event(String name) {
        try {
            return UsageEvent.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate firstDay(int days) {
        return today().minusDays(Math.max(1, days) - 1L);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
