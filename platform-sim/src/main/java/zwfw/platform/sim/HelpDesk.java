package zwfw.platform.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The district service desk's queue of help requests (contract §10), kept in the simulator's SQLite file (table
 * {@code help_requests}, its own connection) so a restart keeps them. A request holds no personal data: the screen,
 * the service code, language and mode, and the staff's answer. Closed requests are dropped a day after they closed.
 */
final class HelpDesk implements AutoCloseable {
    static final String WAITING = "WAITING";
    static final String ANSWERED = "ANSWERED";
    static final String CLOSED = "CLOSED";
    /** How long a closed request is kept (the desk's day report), then dropped. */
    static final Duration KEEP_CLOSED = Duration.ofDays(1);
    /** What one request ahead adds to the wait, and the least and most ever promised. */
    static final int SECONDS_PER_REQUEST_AHEAD = 90;
    static final int MIN_WAIT_SECONDS = 60;
    static final int MAX_WAIT_SECONDS = 900;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** One help request as the desk holds it; {@code messageJson} is {@code {"zh","en"}} or null. */
    record HelpRow(String requestId, String clientRequestId, String kioskId, String bodyHash, String status,
                   String screen, String serviceCode, String language, boolean elderly, String at,
                   long createdAtMs, long updatedAtMs, String messageJson, String staffName, int estimatedWaitSeconds) {
    }

    /** What the kiosk sent, validated. */
    record Ask(String clientRequestId, String bodyHash, String at, String screen, String serviceCode, String language,
               boolean elderly) {
    }

    private final Connection db;
    private final SimContext ctx;

    HelpDesk(Path dataDir, SimContext ctx) {
        this.ctx = ctx;
        try {
            Files.createDirectories(dataDir);
            db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platform-sim.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA secure_delete=ON");
                s.execute("CREATE TABLE IF NOT EXISTS help_requests(request_id TEXT PRIMARY KEY,"
                        + " client_request_id TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL, body_hash TEXT NOT NULL,"
                        + " status TEXT NOT NULL, screen TEXT NOT NULL, service_code TEXT, language TEXT NOT NULL,"
                        + " elderly INTEGER NOT NULL, at TEXT NOT NULL, created_at_ms INTEGER NOT NULL,"
                        + " updated_at_ms INTEGER NOT NULL, message_json TEXT, staff_name TEXT,"
                        + " estimated_wait_seconds INTEGER NOT NULL)");
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the help desk's store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Files a request, or finds the one filed earlier with the same client id.
     *
     * @return the row and whether it is new (201) or a repeat (200)
     */
    synchronized Filed file(String kioskId, Ask ask) throws SQLException {
        long now = ctx.clock().millis();
        purgeClosed(now);
        Optional<HelpRow> earlier = one("SELECT * FROM help_requests WHERE client_request_id=?", ask.clientRequestId());
        if (earlier.isPresent()) {
            HelpRow e = earlier.get();
            if (!e.kioskId().equals(kioskId) || !e.bodyHash().equals(ask.bodyHash())) {
                throw new ApiError(409, "DUPLICATE_CONFLICT", "同一clientRequestId的内容不同 / same clientRequestId, different body");
            }
            return new Filed(e, false);
        }
        int ahead = openCount();
        int wait = Math.min(MAX_WAIT_SECONDS, MIN_WAIT_SECONDS + ahead * SECONDS_PER_REQUEST_AHEAD);
        String prefix = "HR" + Instant.ofEpochMilli(now).atZone(ctx.zone()).toLocalDate().format(DAY);
        long seq;
        // Closed requests are dropped after a day, so the day's highest number (not the count) gives the next one.
        try (PreparedStatement ps = db.prepareStatement("SELECT MAX(request_id) FROM help_requests WHERE request_id LIKE ?")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                String max = rs.next() ? rs.getString(1) : null;
                seq = max == null ? 1 : Long.parseLong(max.substring(prefix.length())) + 1;
            }
        }
        HelpRow row = new HelpRow(prefix + String.format("%05d", seq), ask.clientRequestId(), kioskId, ask.bodyHash(), WAITING,
                ask.screen(), ask.serviceCode(), ask.language(), ask.elderly(), ask.at(), now, now, null, null, wait);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO help_requests VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, row.requestId());
            ps.setString(2, row.clientRequestId());
            ps.setString(3, kioskId);
            ps.setString(4, row.bodyHash());
            ps.setString(5, WAITING);
            ps.setString(6, row.screen());
            ps.setString(7, row.serviceCode());
            ps.setString(8, row.language());
            ps.setInt(9, row.elderly() ? 1 : 0);
            ps.setString(10, row.at());
            ps.setLong(11, now);
            ps.setLong(12, now);
            ps.setString(13, null);
            ps.setString(14, null);
            ps.setInt(15, wait);
            ps.executeUpdate();
        }
        return new Filed(row, true);
    }

    record Filed(HelpRow row, boolean created) {
    }

    /** A request of this kiosk; another kiosk's request is not found (its existence is none of the asker's business). */
    synchronized Optional<HelpRow> ofKiosk(String kioskId, String requestId) throws SQLException {
        return byId(requestId).filter(r -> r.kioskId().equals(kioskId));
    }

    synchronized Optional<HelpRow> byId(String requestId) throws SQLException {
        return one("SELECT * FROM help_requests WHERE request_id=?", requestId);
    }

    /** Closes a request (the citizen no longer needs help, or staff dealt with it); closing twice is harmless. */
    synchronized void closeRequest(String requestId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE help_requests SET status=?, updated_at_ms=? WHERE request_id=? AND status<>?")) {
            ps.setString(1, CLOSED);
            ps.setLong(2, ctx.clock().millis());
            ps.setString(3, requestId);
            ps.setString(4, CLOSED);
            ps.executeUpdate();
        }
    }

    /** Staff's answer to an open request: {@code messageJson} is {@code {"zh","en"}}. False when it is closed. */
    synchronized boolean answer(String requestId, String messageJson, String staffName) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE help_requests SET status=?, message_json=?, staff_name=?,"
                + " updated_at_ms=? WHERE request_id=? AND status<>?")) {
            ps.setString(1, ANSWERED);
            ps.setString(2, messageJson);
            ps.setString(3, staffName);
            ps.setLong(4, ctx.clock().millis());
            ps.setString(5, requestId);
            ps.setString(6, CLOSED);
            return ps.executeUpdate() == 1;
        }
    }

    /** Requests not closed, oldest first: what the desk still has to deal with. */
    synchronized List<HelpRow> open() throws SQLException {
        List<HelpRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT * FROM help_requests WHERE status<>? ORDER BY created_at_ms, request_id")) {
            ps.setString(1, CLOSED);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private int openCount() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM help_requests WHERE status<>?")) {
            ps.setString(1, CLOSED);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void purgeClosed(long now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM help_requests WHERE status=? AND updated_at_ms<?")) {
            ps.setString(1, CLOSED);
            ps.setLong(2, now - KEEP_CLOSED.toMillis());
            ps.executeUpdate();
        }
    }

    private Optional<HelpRow> one(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static HelpRow row(ResultSet rs) throws SQLException {
        return new HelpRow(rs.getString("request_id"), rs.getString("client_request_id"), rs.getString("kiosk_id"),
                rs.getString("body_hash"), rs.getString("status"), rs.getString("screen"), rs.getString("service_code"),
                rs.getString("language"), rs.getInt("elderly") == 1, rs.getString("at"), rs.getLong("created_at_ms"),
                rs.getLong("updated_at_ms"), rs.getString("message_json"), rs.getString("staff_name"),
                rs.getInt("estimated_wait_seconds"));
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing on shutdown: every change is already written
        }
    }
}
