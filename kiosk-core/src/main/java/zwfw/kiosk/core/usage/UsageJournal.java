package zwfw.kiosk.core.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * The usage store's events in the kiosk's database: one row per finished visit
 * ({@link VisitRecord}), one per period a device was down, the platform unreachable or the kiosk
 * out of service ({@link UsagePeriod}), and the daily totals older events were rolled up into
 * ({@link UsageRetention}). Nothing personal: see {@link VisitRecord}.
 */
public final class UsageJournal {
    private static final String VISIT_COLUMNS = "started_ms, ended_ms, outcome, last_step, furthest, identification,"
            + " service_code, department, case_result, receipt, level, bad_reasons, agent, elderly, language";

    private final KioskDatabase db;

    public UsageJournal(KioskDatabase db) {
        this.db = db;
    }

    static Migration migration(String component, int version) {
        return Migration.sql(component, version, "usage events: visits, periods, daily roll-ups",
                "CREATE TABLE usage_visits(id INTEGER PRIMARY KEY, started_ms INTEGER NOT NULL, ended_ms INTEGER NOT NULL,"
                        + " outcome TEXT NOT NULL, last_step TEXT NOT NULL, furthest TEXT NOT NULL, identification TEXT NOT NULL,"
                        + " service_code TEXT, department TEXT, case_result TEXT, receipt TEXT NOT NULL, level INTEGER NOT NULL,"
                        + " bad_reasons TEXT NOT NULL, agent INTEGER NOT NULL, elderly INTEGER NOT NULL, language TEXT NOT NULL)",
                "CREATE INDEX usage_visits_started ON usage_visits(started_ms)",
                "CREATE TABLE usage_periods(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL,"
                        + " detail TEXT NOT NULL, started_ms INTEGER NOT NULL, ended_ms INTEGER)",
                "CREATE INDEX usage_periods_started ON usage_periods(started_ms)",
                "CREATE TABLE usage_rollup(day TEXT NOT NULL, counter TEXT NOT NULL, value INTEGER NOT NULL,"
                        + " PRIMARY KEY(day, counter))",
                "CREATE TABLE usage_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }

    public KioskDatabase database() {
        return db;
    }

    public void recordVisit(VisitRecord v) {
        recordVisits(List.of(v));
    }

    /** Many visits in one transaction. */
    public void recordVisits(List<VisitRecord> visits) {
        record(visits, List.of());
    }

    /** Visits and whole periods in one transaction (the seeder's days). */
    public void record(List<VisitRecord> visits, List<UsagePeriod> periods) {
        db.transaction(c -> {
            for (UsagePeriod p : periods) {
                insertPeriod(c, p);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_visits(" + VISIT_COLUMNS
                    + ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (VisitRecord v : visits) {
                    bind(ps, v);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, VisitRecord v) throws SQLException {
        ps.setLong(1, v.startedAt().toEpochMilli());
        ps.setLong(2, v.endedAt().toEpochMilli());
        ps.setString(3, v.outcome().name());
        ps.setString(4, v.lastStep());
        ps.setString(5, v.furthest().name());
        ps.setString(6, v.identification().name());
        ps.setString(7, v.serviceCode());
        ps.setString(8, v.department());
        ps.setString(9, v.caseResult() == null ? null : v.caseResult().name());
        ps.setString(10, v.receipt().name());
        ps.setInt(11, v.evaluationLevel());
        ps.setString(12, String.join("\n", v.badReasons()));
        ps.setInt(13, v.agent() ? 1 : 0);
        ps.setInt(14, v.elderly() ? 1 : 0);
        ps.setString(15, v.language());
    }

    /** Visits that started in [from, to), oldest first. */
    public List<VisitRecord> visits(Instant from, Instant to) {
        return db.read(c -> {
            List<VisitRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VISIT_COLUMNS
                    + " FROM usage_visits WHERE started_ms >= ? AND started_ms < ? ORDER BY started_ms")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(visit(rs));
                    }
                }
            }
            return out;
        });
    }

    private static VisitRecord visit(ResultSet rs) throws SQLException {
        String reasons = rs.getString(12);
        String caseResult = rs.getString(9);
        return new VisitRecord(Instant.ofEpochMilli(rs.getLong(1)), Instant.ofEpochMilli(rs.getLong(2)),
                VisitRecord.Outcome.valueOf(rs.getString(3)), rs.getString(4), VisitRecord.Stage.valueOf(rs.getString(5)),
                VisitRecord.Identification.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                caseResult == null ? null : VisitRecord.CaseResult.valueOf(caseResult),
                VisitRecord.Receipt.valueOf(rs.getString(10)), rs.getInt(11),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")), rs.getInt(13) == 1, rs.getInt(14) == 1,
                rs.getString(15));
    }

    /** Starts a period; returns its id for {@link #closePeriod}. */
    public long openPeriod(UsagePeriod.Kind kind, String subject, String detail, Instant start) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO usage_periods(kind, subject, detail, started_ms, ended_ms) VALUES(?,?,?,?,NULL)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind.name());
                ps.setString(2, subject);
                ps.setString(3, detail == null ? "" : detail);
                ps.setLong(4, start.toEpochMilli());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** A whole period at once. */
    public void recordPeriod(UsagePeriod p) {
        record(List.of(), List.of(p));
    }

    private static void insertPeriod(Connection c, UsagePeriod p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO usage_periods(kind, subject, detail, started_ms, ended_ms) VALUES(?,?,?,?,?)")) {
            ps.setString(1, p.kind().name());
            ps.setString(2, p.subject());
            ps.setString(3, p.detail());
            ps.setLong(4, p.start().toEpochMilli());
            if (p.end() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, p.end().toEpochMilli());
            }
            ps.executeUpdate();
        }
    }

    public void closePeriod(long id, Instant end) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE usage_periods SET ended_ms = ? WHERE id = ? AND ended_ms IS NULL")) {
                ps.setLong(1, end.toEpochMilli());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Closes periods a previous run left open (it stopped or crashed while they lasted), at
     * {@code end}: the kiosk was not serving in between either. Returns how many.
     */
    public int closeOpenPeriods(Instant end) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE usage_periods SET ended_ms = MAX(started_ms, ?) WHERE ended_ms IS NULL")) {
                ps.setLong(1, end.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /** Periods overlapping [from, to), open ones included. */
    public List<UsagePeriod> periods(Instant from, Instant to) {
        return db.read(c -> {
            List<UsagePeriod> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, subject, detail, started_ms, ended_ms FROM usage_periods"
                    + " WHERE started_ms < ? AND (ended_ms IS NULL OR ended_ms > ?) ORDER BY started_ms")) {
                ps.setLong(1, to.toEpochMilli());
                ps.setLong(2, from.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long end = rs.getLong(5);
                        Instant ended = rs.wasNull() ? null : Instant.ofEpochMilli(end);
                        out.add(new UsagePeriod(UsagePeriod.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)), ended));
                    }
                }
            }
            return out;
        });
    }

    /** The rolled-up daily counters of days in [from, to], by day. */
    public Map<LocalDate, Map<String, Long>> rollups(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<LocalDate, Map<String, Long>> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, counter, value FROM usage_rollup WHERE day >= ? AND day <= ?")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(LocalDate.parse(rs.getString(1)), d -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
            return out;
        });
    }

    /** Adds daily counters to the roll-up and deletes what they replace, in one transaction. */
    void rollUp(Map<LocalDate, Map<String, Long>> days, Instant visitsBefore, Instant periodsEndedBefore, LocalDate rolledUpTo) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_rollup(day, counter, value) VALUES(?,?,?)"
                    + " ON CONFLICT(day, counter) DO UPDATE SET value = value + excluded.value")) {
                for (var day : days.entrySet()) {
                    for (var counter : day.getValue().entrySet()) {
                        ps.setString(1, day.getKey().toString());
                        ps.setString(2, counter.getKey());
                        ps.setLong(3, counter.getValue());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            delete(c, "DELETE FROM usage_visits WHERE started_ms < ?", visitsBefore);
            delete(c, "DELETE FROM usage_periods WHERE ended_ms IS NOT NULL AND ended_ms <= ?", periodsEndedBefore);
            setMeta(c, "rolledUpTo", rolledUpTo.toString());
            return null;
        });
    }

    private static void delete(Connection c, String sql, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, before.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** The last day whose events were rolled up into daily totals, if any. */
    public Optional<LocalDate> rolledUpTo() {
        return meta("rolledUpTo").map(LocalDate::parse);
    }

    /** Whether this store holds synthetic usage made by {@link UsageSeeder}, never a kiosk's real data. */
    public boolean seeded() {
        return meta("seeded").isPresent();
    }

    void markSeeded(Instant at) {
        db.transaction(c -> {
            setMeta(c, "seeded", at.toString());
            return null;
        });
    }

    /** Whether any real or synthetic usage event is stored. */
    public boolean isEmpty() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM usage_visits) + (SELECT COUNT(*) FROM usage_periods)"
                    + " + (SELECT COUNT(*) FROM usage_rollup)"); ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 0;
            }
        });
    }

    private Optional<String> meta(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM usage_meta WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_meta(key, value) VALUES(?,?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
