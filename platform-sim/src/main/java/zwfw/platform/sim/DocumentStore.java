package zwfw.platform.sim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The §9 documents of DOCUMENT cases, in the simulator's store file. In clear only what carries no personal data
 * (case number, document id, title, pages, SHA-256, times, fetch count); the PDF itself (it shows the holder's
 * name) is sealed ({@link Sealer}, key in memory) and dropped once it may no longer be fetched: after 3 fetches or
 * 24 hours, whichever comes first. secure_delete (set by {@link SimStore}) leaves no copy in free pages.
 */
final class DocumentStore {
    static final int MAX_FETCHES = 3;
    static final Duration LIFETIME = Duration.ofHours(24);

    /** A document's metadata, as the case answer lists it. */
    record DocumentRow(String caseNo, String documentId, String titleZh, String titleEn, int pages, String sha256,
                       long expiresAtMs, int fetches) {
    }

    /** The outcome of a fetch: the PDF, or why not. */
    sealed interface Fetch {
        record Pdf(byte[] bytes) implements Fetch {
        }

        record Gone() implements Fetch {
        }

        record Unknown() implements Fetch {
        }
    }

    private final SimStore store;
    private final Sealer sealer = new Sealer();
    /** The earliest expiry of a PDF still held, so {@link #sweep} reaches the database only when one is due. */
    private volatile long nextExpiryMs = Long.MAX_VALUE;

    DocumentStore(SimStore store) {
        this.store = store;
        synchronized (store) {
            try (Statement s = store.connection().createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS documents(case_no TEXT NOT NULL, document_id TEXT NOT NULL,"
                        + " title_zh TEXT NOT NULL, title_en TEXT NOT NULL, pages INTEGER NOT NULL, sha256 TEXT NOT NULL,"
                        + " expires_at_ms INTEGER NOT NULL, fetches INTEGER NOT NULL DEFAULT 0, pdf_sealed BLOB,"
                        + " PRIMARY KEY(case_no, document_id))");
                // PDFs of an earlier run were sealed with a key that is gone: they can never be served, so drop them.
                s.execute("UPDATE documents SET pdf_sealed=NULL WHERE pdf_sealed IS NOT NULL");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the documents table: " + e.getMessage(), e);
            }
        }
    }

    private static String aad(String caseNo, String documentId) {
        return "document:" + caseNo + ":" + documentId;
    }

    void insert(DocumentRow row, byte[] pdf, long nowMs) throws SQLException {
        synchronized (store) {
            dropExpired(nowMs);
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT OR IGNORE INTO documents VALUES(?,?,?,?,?,?,?,0,?)")) {
                ps.setString(1, row.caseNo());
                ps.setString(2, row.documentId());
                ps.setString(3, row.titleZh());
                ps.setString(4, row.titleEn());
                ps.setInt(5, row.pages());
                ps.setString(6, row.sha256());
                ps.setLong(7, row.expiresAtMs());
                ps.setBytes(8, sealer.seal(pdf, aad(row.caseNo(), row.documentId())));
                ps.executeUpdate();
            }
            nextExpiryMs = Math.min(nextExpiryMs, row.expiresAtMs());
        }
    }

    List<DocumentRow> ofCase(String caseNo) throws SQLException {
        synchronized (store) {
            List<DocumentRow> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT * FROM documents WHERE case_no=? ORDER BY document_id")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DocumentRow(caseNo, rs.getString("document_id"), rs.getString("title_zh"),
                                rs.getString("title_en"), rs.getInt("pages"), rs.getString("sha256"),
                                rs.getLong("expires_at_ms"), rs.getInt("fetches")));
                    }
                }
            }
            return out;
        }
    }

    /** Counts a fetch and returns the PDF, unless the document is unknown, used up, expired or sealed by an earlier run. */
    Fetch fetch(String caseNo, String documentId, long nowMs) throws SQLException {
        synchronized (store) {
            dropExpired(nowMs);
            Connection db = store.connection();
            byte[] sealed;
            int fetches;
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT fetches, pdf_sealed FROM documents WHERE case_no=? AND document_id=?")) {
                ps.setString(1, caseNo);
                ps.setString(2, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new Fetch.Unknown();
                    }
                    fetches = rs.getInt(1);
                    sealed = rs.getBytes(2);
                }
            }
            Optional<byte[]> pdf = fetches >= MAX_FETCHES ? Optional.empty() : sealer.open(sealed, aad(caseNo, documentId));
            if (pdf.isEmpty()) {
                return new Fetch.Gone();
            }
            // The last allowed fetch also drops the PDF: nothing is kept that can no longer be asked for.
            try (PreparedStatement ps = db.prepareStatement("UPDATE documents SET fetches=fetches+1,"
                    + " pdf_sealed=CASE WHEN fetches+1>=? THEN NULL ELSE pdf_sealed END WHERE case_no=? AND document_id=?")) {
                ps.setInt(1, MAX_FETCHES);
                ps.setString(2, caseNo);
                ps.setString(3, documentId);
                ps.executeUpdate();
            }
            return new Fetch.Pdf(pdf.get());
        }
    }

    /** Whether the sealed PDF of a document is still held (tests: dropped after its last fetch or its 24 hours). */
    boolean holdsPdf(String caseNo, String documentId) throws SQLException {
        synchronized (store) {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT pdf_sealed IS NOT NULL FROM documents WHERE case_no=? AND document_id=?")) {
                ps.setString(1, caseNo);
                ps.setString(2, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }
    }

    /** Drops the PDFs past their 24 hours; cheap when none is due (called on every kiosk request). */
    void sweep(long nowMs) throws SQLException {
        if (nowMs < nextExpiryMs) {
            return;
        }
        synchronized (store) {
            dropExpired(nowMs);
            try (Statement s = store.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT MIN(expires_at_ms) FROM documents WHERE pdf_sealed IS NOT NULL")) {
                long next = rs.next() ? rs.getLong(1) : 0;
                nextExpiryMs = rs.wasNull() ? Long.MAX_VALUE : next;
            }
        }
    }

    private void dropExpired(long nowMs) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "UPDATE documents SET pdf_sealed=NULL WHERE expires_at_ms<=? AND pdf_sealed IS NOT NULL")) {
            ps.setLong(1, nowMs);
            ps.executeUpdate();
        }
    }
}
