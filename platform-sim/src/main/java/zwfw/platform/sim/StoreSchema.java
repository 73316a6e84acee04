package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The store's tables, and the way forward for files of earlier versions. Version 2 keeps no personal data in
 * clear: store files before it held case forms and evaluation bodies in clear ({@code received_bodies}),
 * attachments in clear and QR token identities in clear. Opening such a file seals what it still needs, drops the
 * rest, and rewrites the file (VACUUM, with secure_delete on) and truncates its WAL, so no clear copy stays behind.
 */
final class StoreSchema {
    static final int VERSION = 2;

    private StoreSchema() {
    }

    static void migrate(Connection db, Sealer sealer, ObjectMapper json) throws SQLException, IOException {
        boolean rewrite;
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            rewrite = version < VERSION && hasTable(s, "cases");
            s.execute("CREATE TABLE IF NOT EXISTS cases(case_no TEXT PRIMARY KEY, client_case_id TEXT NOT NULL UNIQUE,"
                    + " kiosk_id TEXT NOT NULL, service_code TEXT NOT NULL, body_hash TEXT NOT NULL,"
                    + " accepted_at_ms INTEGER NOT NULL, due_date TEXT NOT NULL)");
            addColumns(s, "cases", "applicant_name TEXT", "applicant_id TEXT", "agent_name TEXT", "agent_id TEXT",
                    "form_sealed BLOB");
            s.execute("CREATE TABLE IF NOT EXISTS evaluations(evaluation_id TEXT PRIMARY KEY,"
                    + " client_evaluation_id TEXT NOT NULL UNIQUE, case_no TEXT NOT NULL, level INTEGER NOT NULL,"
                    + " body_hash TEXT NOT NULL, received_at_ms INTEGER NOT NULL)");
            addColumns(s, "evaluations", "reasons_sealed BLOB");
            if (columns(s, "qr_tokens").contains("identity_json")) {
                // Tokens live five minutes; those of an earlier run are simply forgotten.
                s.execute("DROP TABLE qr_tokens");
            }
            s.execute("CREATE TABLE IF NOT EXISTS qr_tokens(token_hash TEXT PRIMARY KEY, identity_sealed BLOB NOT NULL,"
                    + " expires_at_ms INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS commands(id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL,"
                    + " command_json TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS heartbeats(kiosk_id TEXT PRIMARY KEY, received_at_ms INTEGER NOT NULL,"
                    + " body_json TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS attachments(case_no TEXT NOT NULL, position INTEGER NOT NULL,"
                    + " name TEXT NOT NULL, content_type TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL,"
                    + " PRIMARY KEY(case_no, position))");
            if (version < VERSION) {
                if (hasTable(s, "received_bodies")) {
                    sealReceivedBodies(db, sealer, json);
                    s.execute("DROP TABLE received_bodies");
                }
                sealAttachments(db, sealer);
                s.execute("PRAGMA user_version=" + VERSION);
            }
            db.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        if (rewrite) {
            try (Statement s = db.createStatement()) {
                s.execute("VACUUM");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    static String formAad(String caseNo) {
        return "form:" + caseNo;
    }

    static String reasonsAad(String evaluationId) {
        return "reasons:" + evaluationId;
    }

    static String attachmentAad(String caseNo, int position) {
        return "attachment:" + caseNo + ":" + position;
    }

    static String tokenAad(String tokenHash) {
        return "token:" + tokenHash;
    }

    private static void sealReceivedBodies(Connection db, Sealer sealer, ObjectMapper json) throws SQLException, IOException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, ref, body_json FROM received_bodies")) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (PreparedStatement form = db.prepareStatement("UPDATE cases SET form_sealed=? WHERE case_no=?");
             PreparedStatement reasons = db.prepareStatement("UPDATE evaluations SET reasons_sealed=? WHERE evaluation_id=?")) {
            for (String[] r : rows) {
                if (r[0].equals("case")) {
                    form.setBytes(1, sealer.seal(r[2], formAad(r[1])));
                    form.setString(2, r[1]);
                    form.executeUpdate();
                } else if (r[0].equals("evaluation")) {
                    JsonNode e = json.readTree(r[2]);
                    ObjectNode kept = json.createObjectNode();
                    kept.set("tags", e.path("tags").isArray() ? e.get("tags") : json.createArrayNode());
                    kept.put("comment", e.path("comment").asText(""));
                    reasons.setBytes(1, sealer.seal(kept.toString(), reasonsAad(r[1])));
                    reasons.setString(2, r[1]);
                    reasons.executeUpdate();
                }
            }
        }
    }

    /** Attachments of stores before version 2 are in clear: seal them one at a time (each up to 5 MiB). */
    private static void sealAttachments(Connection db, Sealer sealer) throws SQLException {
        List<Object[]> keys = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT case_no, position FROM attachments")) {
            while (rs.next()) {
                keys.add(new Object[] {rs.getString(1), rs.getInt(2)});
            }
        }
        try (PreparedStatement read = db.prepareStatement("SELECT data FROM attachments WHERE case_no=? AND position=?");
             PreparedStatement write = db.prepareStatement("UPDATE attachments SET data=? WHERE case_no=? AND position=?")) {
            for (Object[] k : keys) {
                read.setString(1, (String) k[0]);
                read.setInt(2, (Integer) k[1]);
                byte[] data;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    data = rs.getBytes(1);
                }
                write.setBytes(1, sealer.seal(data, attachmentAad((String) k[0], (Integer) k[1])));
                write.setString(2, (String) k[0]);
                write.setInt(3, (Integer) k[1]);
                write.executeUpdate();
            }
        }
    }

    private static boolean hasTable(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type='table' AND name='" + table + "'")) {
            return rs.next();
        }
    }

    private static Set<String> columns(Statement s, String table) throws SQLException {
        Set<String> have = new HashSet<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        return have;
    }

    private static void addColumns(Statement s, String table, String... definitions) throws SQLException {
        Set<String> have = columns(s, table);
        for (String d : definitions) {
            if (!have.contains(d.substring(0, d.indexOf(' ')))) {
                s.execute("ALTER TABLE " + table + " ADD COLUMN " + d);
            }
        }
    }
}
