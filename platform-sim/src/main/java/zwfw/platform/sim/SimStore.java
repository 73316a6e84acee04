package zwfw.platform.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's own persistent store (one SQLite file). It keeps what a platform needs to answer
 * the contract: case numbers and body fingerprints (for idempotency), evaluations, QR tokens,
 * queued heartbeat commands. Case bodies' personal fields are not stored; a case's applicant and
 * agent are kept only masked ({@link PersonMask}), as its receipt shows them.
 */
final class SimStore implements AutoCloseable {
    record CaseRow(String caseNo, String clientCaseId, String kioskId, String serviceCode, String bodyHash,
                   long acceptedAtMs, String dueDate, PlatformSimulator.MaskedPerson applicant,
                   PlatformSimulator.MaskedPerson agent) {
    }

    /** Masked-person columns added after the first release; older store files get them on open. */
    private static final String[] PERSON_COLUMNS = {"applicant_name", "applicant_id", "agent_name", "agent_id"};

    record TokenRow(String identityJson, long expiresAtMs, boolean used) {
    }

    private final Connection db;

    SimStore(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platform-sim.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS cases(case_no TEXT PRIMARY KEY, client_case_id TEXT NOT NULL UNIQUE,"
                        + " kiosk_id TEXT NOT NULL, service_code TEXT NOT NULL, body_hash TEXT NOT NULL,"
                        + " accepted_at_ms INTEGER NOT NULL, due_date TEXT NOT NULL)");
                addPersonColumns(s);
                s.execute("CREATE TABLE IF NOT EXISTS evaluations(evaluation_id TEXT PRIMARY KEY,"
                        + " client_evaluation_id TEXT NOT NULL UNIQUE, case_no TEXT NOT NULL, level INTEGER NOT NULL,"
                        + " body_hash TEXT NOT NULL, received_at_ms INTEGER NOT NULL)");
                // What the platform keeps of a case's form and an evaluation's reasons, so tests can see what arrived.
                s.execute("CREATE TABLE IF NOT EXISTS received_bodies(kind TEXT NOT NULL, ref TEXT NOT NULL,"
                        + " body_json TEXT NOT NULL, PRIMARY KEY(kind, ref))");
                s.execute("CREATE TABLE IF NOT EXISTS qr_tokens(token TEXT PRIMARY KEY, identity_json TEXT NOT NULL,"
                        + " expires_at_ms INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)");
                s.execute("CREATE TABLE IF NOT EXISTS commands(id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL,"
                        + " command_json TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS heartbeats(kiosk_id TEXT PRIMARY KEY, received_at_ms INTEGER NOT NULL,"
                        + " body_json TEXT NOT NULL)");
                // What a platform keeps of each attachment: its name, type, checksum and the bytes themselves.
                s.execute("CREATE TABLE IF NOT EXISTS attachments(case_no TEXT NOT NULL, position INTEGER NOT NULL,"
                        + " name TEXT NOT NULL, content_type TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL,"
                        + " PRIMARY KEY(case_no, position))");
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the simulator store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private void addPersonColumns(Statement s) throws SQLException {
        java.util.Set<String> have = new java.util.HashSet<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(cases)")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        for (String column : PERSON_COLUMNS) {
            if (!have.contains(column)) {
                s.execute("ALTER TABLE cases ADD COLUMN " + column + " TEXT");
            }
        }
    }

    synchronized Optional<CaseRow> caseByClientId(String clientCaseId) throws SQLException {
        return oneCase("SELECT * FROM cases WHERE client_case_id=?", clientCaseId);
    }

    synchronized Optional<CaseRow> caseByNo(String caseNo) throws SQLException {
        return oneCase("SELECT * FROM cases WHERE case_no=?", caseNo);
    }

    private Optional<CaseRow> oneCase(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(caseRow(rs)) : Optional.empty();
            }
        }
    }

    private static CaseRow caseRow(ResultSet rs) throws SQLException {
        return new CaseRow(rs.getString("case_no"), rs.getString("client_case_id"), rs.getString("kiosk_id"),
                rs.getString("service_code"), rs.getString("body_hash"), rs.getLong("accepted_at_ms"), rs.getString("due_date"),
                person(rs, "applicant"), person(rs, "agent"));
    }

    private static PlatformSimulator.MaskedPerson person(ResultSet rs, String role) throws SQLException {
        String name = rs.getString(role + "_name");
        String id = rs.getString(role + "_id");
        return name == null && id == null ? null : new PlatformSimulator.MaskedPerson(name, id);
    }

    /** Inserts a new case with the next number of its day; returns the row (the existing one if raced). */
    synchronized CaseRow insertCase(String clientCaseId, String kioskId, String serviceCode, String bodyHash,
                                    long acceptedAtMs, String dayPrefix, String dueDate,
                                    PlatformSimulator.MaskedPerson applicant, PlatformSimulator.MaskedPerson agent)
            throws SQLException {
        Optional<CaseRow> existing = caseByClientId(clientCaseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        long seq;
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM cases WHERE case_no LIKE ?")) {
            ps.setString(1, dayPrefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1) + 1;
            }
        }
        String caseNo = dayPrefix + String.format("%06d", seq);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO cases(case_no, client_case_id, kiosk_id, service_code,"
                + " body_hash, accepted_at_ms, due_date, applicant_name, applicant_id, agent_name, agent_id)"
                + " VALUES(?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, caseNo);
            ps.setString(2, clientCaseId);
            ps.setString(3, kioskId);
            ps.setString(4, serviceCode);
            ps.setString(5, bodyHash);
            ps.setLong(6, acceptedAtMs);
            ps.setString(7, dueDate);
            ps.setString(8, applicant == null ? null : applicant.name());
            ps.setString(9, applicant == null ? null : applicant.idNumber());
            ps.setString(10, agent == null ? null : agent.name());
            ps.setString(11, agent == null ? null : agent.idNumber());
            ps.executeUpdate();
        }
        return new CaseRow(caseNo, clientCaseId, kioskId, serviceCode, bodyHash, acceptedAtMs, dueDate, applicant, agent);
    }

    /** One stored attachment of a case. */
    record AttachmentRow(String name, String contentType, String sha256, byte[] data) {
    }

    synchronized void insertAttachments(String caseNo, List<AttachmentRow> rows) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO attachments VALUES(?,?,?,?,?,?)")) {
            int i = 0;
            for (AttachmentRow r : rows) {
                ps.setString(1, caseNo);
                ps.setInt(2, i++);
                ps.setString(3, r.name());
                ps.setString(4, r.contentType());
                ps.setString(5, r.sha256());
                ps.setBytes(6, r.data());
                ps.executeUpdate();
            }
        }
    }

    synchronized List<AttachmentRow> attachments(String caseNo) throws SQLException {
        List<AttachmentRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT * FROM attachments WHERE case_no=? ORDER BY position")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AttachmentRow(rs.getString("name"), rs.getString("content_type"), rs.getString("sha256"),
                            rs.getBytes("data")));
                }
            }
        }
        return out;
    }

    synchronized List<CaseRow> allCases() throws SQLException {
        List<CaseRow> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM cases ORDER BY case_no")) {
            while (rs.next()) {
                out.add(caseRow(rs));
            }
        }
        return out;
    }

    /** Returns [evaluationId, bodyHash] of an earlier evaluation with this client id, if any. */
    synchronized Optional<String[]> evaluation(String clientEvaluationId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT evaluation_id, body_hash FROM evaluations WHERE client_evaluation_id=?")) {
            ps.setString(1, clientEvaluationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    synchronized void insertEvaluation(String evaluationId, String clientEvaluationId, String caseNo, int level,
                                       String bodyHash, long nowMs) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO evaluations VALUES(?,?,?,?,?,?)")) {
            ps.setString(1, evaluationId);
            ps.setString(2, clientEvaluationId);
            ps.setString(3, caseNo);
            ps.setInt(4, level);
            ps.setString(5, bodyHash);
            ps.setLong(6, nowMs);
            ps.executeUpdate();
        }
    }

    synchronized void keepBody(String kind, String ref, String json) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO received_bodies VALUES(?,?,?)")) {
            ps.setString(1, kind);
            ps.setString(2, ref);
            ps.setString(3, json);
            ps.executeUpdate();
        }
    }

    /** The kept bodies of one kind, by reference, oldest first. */
    synchronized java.util.LinkedHashMap<String, String> bodies(String kind) throws SQLException {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT ref, body_json FROM received_bodies WHERE kind=? ORDER BY rowid")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    synchronized int evaluationCount() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM evaluations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    synchronized void insertToken(String token, String identityJson, long expiresAtMs) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO qr_tokens(token, identity_json, expires_at_ms) VALUES(?,?,?)")) {
            ps.setString(1, token);
            ps.setString(2, identityJson);
            ps.setLong(3, expiresAtMs);
            ps.executeUpdate();
        }
    }

    /** Marks a token used and returns its identity, or empty when unknown, used or expired. */
    synchronized Optional<String> redeemToken(String token, long nowMs) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE qr_tokens SET used=1 WHERE token=? AND used=0 AND expires_at_ms>? RETURNING identity_json")) {
            ps.setString(1, token);
            ps.setLong(2, nowMs);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    synchronized void queueCommand(String kioskId, String commandJson) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO commands(kiosk_id, command_json) VALUES(?,?)")) {
            ps.setString(1, kioskId);
            ps.setString(2, commandJson);
            ps.executeUpdate();
        }
    }

    /** Takes (removes) every queued command for a kiosk, oldest first. */
    synchronized List<String> takeCommands(String kioskId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM commands WHERE kiosk_id=? RETURNING id, command_json")) {
            ps.setString(1, kioskId);
            List<long[]> ids = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1)});
                    bodies.add(rs.getString(2));
                }
            }
            Integer[] order = new Integer[ids.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(ids.get(a)[0], ids.get(b)[0]));
            for (Integer i : order) {
                out.add(bodies.get(i));
            }
        }
        return out;
    }

    synchronized void recordHeartbeat(String kioskId, long nowMs, String bodyJson) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO heartbeats VALUES(?,?,?)")) {
            ps.setString(1, kioskId);
            ps.setLong(2, nowMs);
            ps.setString(3, bodyJson);
            ps.executeUpdate();
        }
    }

    synchronized Optional<String> lastHeartbeat(String kioskId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT body_json FROM heartbeats WHERE kiosk_id=?")) {
            ps.setString(1, kioskId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing on shutdown: nothing left to save
        }
    }
}
