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
 * The simulator's own persistent store (one SQLite file, {@code DATA_DIR/platform-sim.db}). It keeps what a platform
 * needs to answer the contract and nothing in clear that identifies a person:
 * <ul>
 *   <li>cases: number, client id, kiosk, service, the SHA-256 of the canonical body (idempotency: "same body" or not),
 *       times, and the applicant and agent masked as a receipt shows them ({@link PersonMask}: 张*, 330304********1234);</li>
 *   <li>sealed ({@link Sealer}, key in memory only): the case's form, its attachments, an evaluation's tags and
 *       comment, a QR token's identity (under the token's hash) until it is redeemed or expires;</li>
 *   <li>in clear, as they hold no personal data: evaluation levels, queued commands, each kiosk's last heartbeat.</li>
 * </ul>
 * Phone numbers and full names or ID numbers are never written. secure_delete is on, so deleted rows leave no copy
 * in free pages. Earlier store files are brought forward on open ({@link StoreSchema}).
 */
final class SimStore implements AutoCloseable {
    record CaseRow(String caseNo, String clientCaseId, String kioskId, String serviceCode, String bodyHash,
                   long acceptedAtMs, String dueDate, PlatformSimulator.MaskedPerson applicant,
                   PlatformSimulator.MaskedPerson agent) {
    }

    /** An evaluation as kept: its tags and comment as JSON {@code {"tags":[…],"comment":"…"}}, null when sealed by an earlier run. */
    record EvaluationRow(String evaluationId, String caseNo, int level, String reasonsJson) {
    }

    private final Connection db;
    private final Sealer sealer = new Sealer();

    SimStore(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platform-sim.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA secure_delete=ON");
            }
            StoreSchema.migrate(db, sealer, new com.fasterxml.jackson.databind.ObjectMapper());
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the simulator store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The store's connection, for the tables of other capabilities (§9 {@link DocumentStore}); callers lock this store. */
    Connection connection() {
        return db;
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
                                    PlatformSimulator.MaskedPerson applicant, PlatformSimulator.MaskedPerson agent,
                                    String formJson) throws SQLException {
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
                + " body_hash, accepted_at_ms, due_date, applicant_name, applicant_id, agent_name, agent_id, form_sealed)"
                + " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
            ps.setBytes(12, sealer.seal(formJson, StoreSchema.formAad(caseNo)));
            ps.executeUpdate();
        }
        return new CaseRow(caseNo, clientCaseId, kioskId, serviceCode, bodyHash, acceptedAtMs, dueDate, applicant, agent);
    }

    /** The form of a case as received (JSON), empty for an unknown case or one sealed by an earlier run. */
    synchronized Optional<String> caseForm(String caseNo) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT form_sealed FROM cases WHERE case_no=?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? sealer.openText(rs.getBytes(1), StoreSchema.formAad(caseNo)) : Optional.empty();
            }
        }
    }

    /** One stored attachment of a case; {@code data} is null when it was sealed by an earlier run. */
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
                ps.setBytes(6, sealer.seal(r.data(), StoreSchema.attachmentAad(caseNo, i - 1)));
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
                    byte[] data = sealer.open(rs.getBytes("data"), StoreSchema.attachmentAad(caseNo, rs.getInt("position"))).orElse(null);
                    out.add(new AttachmentRow(rs.getString("name"), rs.getString("content_type"), rs.getString("sha256"), data));
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
                                       String bodyHash, long nowMs, String reasonsJson) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO evaluations(evaluation_id, client_evaluation_id,"
                + " case_no, level, body_hash, received_at_ms, reasons_sealed) VALUES(?,?,?,?,?,?,?)")) {
            ps.setString(1, evaluationId);
            ps.setString(2, clientEvaluationId);
            ps.setString(3, caseNo);
            ps.setInt(4, level);
            ps.setString(5, bodyHash);
            ps.setLong(6, nowMs);
            ps.setBytes(7, sealer.seal(reasonsJson, StoreSchema.reasonsAad(evaluationId)));
            ps.executeUpdate();
        }
    }

    /** Every evaluation, oldest first. */
    synchronized List<EvaluationRow> evaluations() throws SQLException {
        List<EvaluationRow> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT evaluation_id, case_no, level, reasons_sealed FROM evaluations ORDER BY received_at_ms, rowid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                out.add(new EvaluationRow(id, rs.getString(2), rs.getInt(3),
                        sealer.openText(rs.getBytes(4), StoreSchema.reasonsAad(id)).orElse(null)));
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

    /** Keeps a QR token's identity sealed under the token's hash; forgets expired tokens. */
    synchronized void insertToken(String token, String identityJson, long expiresAtMs, long nowMs) throws SQLException {
        try (PreparedStatement purge = db.prepareStatement("DELETE FROM qr_tokens WHERE expires_at_ms<=?")) {
            purge.setLong(1, nowMs);
            purge.executeUpdate();
        }
        String hash = RequestAuthenticator.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO qr_tokens(token_hash, identity_sealed, expires_at_ms) VALUES(?,?,?)")) {
            ps.setString(1, hash);
            ps.setBytes(2, sealer.seal(identityJson, StoreSchema.tokenAad(hash)));
            ps.setLong(3, expiresAtMs);
            ps.executeUpdate();
        }
    }

    /** Takes a token (it works once) and returns its identity, or empty when unknown, used or expired. */
    synchronized Optional<String> redeemToken(String token, long nowMs) throws SQLException {
        String hash = RequestAuthenticator.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (PreparedStatement ps = db.prepareStatement(
                "DELETE FROM qr_tokens WHERE token_hash=? RETURNING identity_sealed, expires_at_ms")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(2) <= nowMs) {
                    return Optional.empty();
                }
                return sealer.openText(rs.getBytes(1), StoreSchema.tokenAad(hash));
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
