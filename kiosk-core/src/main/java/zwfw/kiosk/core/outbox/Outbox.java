package zwfw.kiosk.core.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.platform.CaseReceipt;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.DocumentRef;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * The durable outbox: a case or evaluation is committed here (fsync'd: WAL with synchronous=FULL)
 * before anyone is told it was submitted. The body is stored as the exact bytes sent on every
 * attempt, sealed with AES-GCM; metadata without personal data stays in plain columns for statistics
 * and the staff view. The sealed body (the only place personal data is kept) is deleted:
 * <ul>
 * <li>at once for delivered evaluations and for anything rejected;</li>
 * <li>for a delivered case, once its visit has ended ({@link #visitEnded}), whichever comes last;</li>
 * <li>by the backstop ({@link #purgeExpiredPersonalData}) for delivered or rejected entries committed
 * longer ago than {@code outbox.personalDataHours}, even if the visit never said it ended (a crash);</li>
 * </ul>
 * and never while an entry still waits to be delivered. Heartbeats do not pass through here: only the
 * latest one matters, so {@code HeartbeatReporter} sends them directly.
 */
public final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final String COMPONENT = "outbox";
    static final Duration DEFAULT_BACKSTOP = Duration.ofHours(24);

    private final KioskDatabase db;
    private final FieldSeal seal;
    private final Clock clock;
    private final Duration personalDataBackstop;

    /** With the default backstop of 24 hours. */
    public Outbox(KioskDatabase db, byte[] key, Clock clock) {
        this(db, key, clock, DEFAULT_BACKSTOP);
    }

    /** @param personalDataBackstop how long a delivered or rejected entry may keep its sealed body at most */
    public Outbox(KioskDatabase db, byte[] key, Clock clock, Duration personalDataBackstop) {
        if (personalDataBackstop == null || personalDataBackstop.isNegative() || personalDataBackstop.isZero()) {
            throw new IllegalArgumentException("the personal-data backstop must be a positive duration");
        }
        this.db = db;
        this.seal = new FieldSeal(key);
        this.clock = clock;
        this.personalDataBackstop = personalDataBackstop;
        if (db.schemaVersion(COMPONENT) < migrations().size()) {
            throw new IllegalStateException("the database was opened without the outbox migrations (Outbox.migrations())");
        }
    }

    /** The outbox's schema steps; pass them to {@link KioskDatabase#open}. */
    public static List<Migration> migrations() {
        return List.of(
                Migration.sql(COMPONENT, 1, "outbox entries",
                        "CREATE TABLE outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                                + " client_ref TEXT NOT NULL UNIQUE, case_ref TEXT, service_code TEXT, state TEXT NOT NULL,"
                                + " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_attempt_at INTEGER,"
                                + " next_attempt_at INTEGER NOT NULL DEFAULT 0, last_error TEXT, delivered_at INTEGER,"
                                + " case_no TEXT, query_url TEXT, accepted_at TEXT, due_date TEXT,"
                                + " receipt_printed INTEGER NOT NULL DEFAULT 0, sealed BLOB)",
                        "CREATE INDEX outbox_pending ON outbox(state, seq)"),
                // Heartbeats left the queue (only the latest matters; HeartbeatReporter sends it directly), and the
                // body of a delivered case is kept until its visit ended, not until a receipt was printed: a printed
                // receipt ended its visit, so the flag carries over.
                Migration.sql(COMPONENT, 2, "heartbeats leave the outbox; personal data kept until the visit ended",
                        "DELETE FROM outbox WHERE kind='HEARTBEAT'",
                        "ALTER TABLE outbox RENAME COLUMN receipt_printed TO visit_ended"),
                // §9: a DOCUMENT case's answer lists its documents (id, title, pages, SHA-256, url; no content, no
                // personal data); kept so the visit can fetch them after a case delivered late (QUEUED→DELIVERED).
                Migration.sql(COMPONENT, 3, "a delivered case keeps its documents' metadata",
                        "ALTER TABLE outbox ADD COLUMN documents_json TEXT"));
    }

    /** Commits a case; when this returns, it survives a crash or power cut. */
    public OutboxEntry enqueueCase(CaseSubmission c) {
        return insert(EntryKind.CASE, c.clientCaseId(), null, c.serviceCode(), PlatformClient.encode(c));
    }

    /** Commits an evaluation of a case by its clientCaseId; its caseNo is filled in once that case is delivered. */
    public OutboxEntry enqueueEvaluation(EvaluationSubmission e, String clientCaseId) {
        return insert(EntryKind.EVALUATION, e.clientEvaluationId(), clientCaseId, null, PlatformClient.encode(e));
    }

    private OutboxEntry insert(EntryKind kind, String ref, String caseRef, String service, byte[] body) {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("an outbox entry needs its client id");
        }
        byte[] sealed = seal.seal(body, ref);
        long now = clock.millis();
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox(kind, client_ref, case_ref, service_code, state,"
                    + " created_at, sealed) VALUES(?,?,?,?,'QUEUED',?,?) ON CONFLICT(client_ref) DO NOTHING")) {
                ps.setString(1, kind.name());
                ps.setString(2, ref);
                ps.setString(3, caseRef);
                ps.setString(4, service);
                ps.setLong(5, now);
                ps.setBytes(6, sealed);
                ps.executeUpdate();
            }
            return entry(c, ref).orElseThrow();
        });
    }

    /** Something to send: the entry and its exact body bytes. */
    record Pending(OutboxEntry entry, String caseRef, byte[] body) {
    }

    /** The oldest waiting entry (strict order), with its body opened. */
    Optional<Pending> head() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM outbox WHERE state='QUEUED' ORDER BY seq LIMIT 1")) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    OutboxEntry e = view(rs);
                    byte[] sealed = rs.getBytes("sealed");
                    byte[] body = sealed == null ? null : seal.open(sealed, e.clientRef());
                    return Optional.of(new Pending(e, rs.getString("case_ref"), body));
                }
            }
        });
    }

    /**
     * The platform took the case: its answer is kept; its body goes now if its visit ended or the backstop passed.
     * Not fsync'd on its own (an fsync per delivered case was a third of the drain's time): a power cut may undo
     * this mark, never the case, which is then sent again with the same clientCaseId and body and answered with
     * the same number (contract: a repeated case is answered, not filed twice). The next commit makes it durable.
     */
    void recordCaseDelivered(long seq, CaseReceipt r) {
        long now = clock.millis();
        db.transactionUnsynced(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state='DELIVERED', delivered_at=?, attempts=attempts+1,"
                    + " last_attempt_at=?, case_no=?, query_url=?, accepted_at=?, due_date=?, documents_json=?, last_error=NULL,"
                    + " sealed=CASE WHEN visit_ended=1 OR created_at<? THEN NULL ELSE sealed END WHERE seq=?")) {
                ps.setLong(1, now);
                ps.setLong(2, now);
                ps.setString(3, r.caseNo());
                ps.setString(4, r.queryUrl());
                ps.setString(5, r.acceptedAt());
                ps.setString(6, r.dueDate());
                setNullable(ps, 7, r.documents().isEmpty() ? null : new String(PlatformClient.encode(r.documents()), StandardCharsets.UTF_8));
                ps.setLong(8, now - personalDataBackstop.toMillis());
                ps.setLong(9, seq);
                ps.executeUpdate();
            }
            dropAttachments(c, seq);
            return null;
        });
    }

    /**
     * Once a case is delivered its pictures of papers are not needed any more (the receipt needs only
     * name, ID and numbers), so they leave the sealed body at once, before the receipt is printed.
     */
    private void dropAttachments(java.sql.Connection c, long seq) throws java.sql.SQLException {
        String ref;
        byte[] sealed;
        try (PreparedStatement ps = c.prepareStatement("SELECT client_ref, sealed FROM outbox WHERE seq=?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBytes(2) == null) {
                    return;
                }
                ref = rs.getString(1);
                sealed = rs.getBytes(2);
            }
        }
        CaseSubmission body;
        try {
            body = PlatformClient.json().readValue(seal.open(sealed, ref), CaseSubmission.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("outbox entry " + ref + " is not a case body");
        }
        if (body.attachments().isEmpty()) {
            return;
        }
        CaseSubmission without = new CaseSubmission(body.clientCaseId(), body.serviceCode(), body.kioskId(), body.channel(),
                body.submittedAt(), body.applicant(), body.agent(), body.form(), java.util.List.of());
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sealed=? WHERE seq=?")) {
            ps.setBytes(1, seal.seal(PlatformClient.encode(without), ref));
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    /** An evaluation went through: nothing personal (its comment) needs keeping. */
    void recordEvaluationDelivered(long seq) {
        long now = clock.millis();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state='DELIVERED', delivered_at=?, attempts=attempts+1,"
                    + " last_attempt_at=?, last_error=NULL, sealed=NULL WHERE seq=?")) {
                ps.setLong(1, now);
                ps.setLong(2, now);
                ps.setLong(3, seq);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A failed attempt: the new state, the error for staff, when to try again. Rejected entries lose their personal data. */
    void recordFailure(long seq, EntryState state, String error, Instant nextAttempt) {
        long now = clock.millis();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state=?, attempts=attempts+1, last_attempt_at=?,"
                    + " next_attempt_at=?, last_error=?, sealed=CASE WHEN ?='REJECTED' THEN NULL ELSE sealed END WHERE seq=?")) {
                ps.setString(1, state.name());
                ps.setLong(2, now);
                ps.setLong(3, nextAttempt == null ? 0 : nextAttempt.toEpochMilli());
                ps.setString(4, error);
                ps.setString(5, state.name());
                ps.setLong(6, seq);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The visit of this case is over: the screen no longer needs its personal data (the receipt was
     * printed or shown as a QR code, printing was refused for lack of paper, or the citizen left).
     * A case the platform already answered loses its sealed body now; one still waiting keeps it
     * (delivery needs it) and loses it the moment the platform answers. Safe to call more than once.
     *
     * @return false when no case with this id was ever committed (nothing to do)
     */
    public boolean visitEnded(String clientCaseId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET visit_ended=1,"
                    + " sealed=CASE WHEN state IN ('DELIVERED','REJECTED') THEN NULL ELSE sealed END"
                    + " WHERE client_ref=? AND kind='CASE'")) {
                ps.setString(1, clientCaseId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /**
     * The backstop: deletes the sealed body of every delivered or rejected entry committed longer ago
     * than {@code outbox.personalDataHours}, whether or not its visit said it ended (a crash or restart
     * mid-visit). An entry still waiting for the platform (QUEUED, CONFLICT) is never touched.
     *
     * @return how many bodies were deleted
     */
    public int purgeExpiredPersonalData() {
        long before = clock.millis() - personalDataBackstop.toMillis();
        int purged = db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sealed=NULL"
                    + " WHERE state IN ('DELIVERED','REJECTED') AND sealed IS NOT NULL AND created_at<?")) {
                ps.setLong(1, before);
                return ps.executeUpdate();
            }
        });
        if (purged > 0) {
            log.info("personal data of {} answered outbox entries deleted by the {} h backstop", purged,
                    personalDataBackstop.toHours());
        }
        return purged;
    }

    /** The case as committed (to build its receipt), while its personal fields are still held. */
    public Optional<CaseSubmission> caseSubmission(String clientCaseId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sealed FROM outbox WHERE client_ref=? AND kind='CASE'")) {
                ps.setString(1, clientCaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getBytes(1) == null) {
                        return Optional.empty();
                    }
                    byte[] body = seal.open(rs.getBytes(1), clientCaseId);
                    try {
                        return Optional.of(PlatformClient.json().readValue(body, CaseSubmission.class));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("outbox entry " + clientCaseId + " is not a case body");
                    }
                }
            }
        });
    }

    public Optional<OutboxEntry> entry(String clientRef) {
        return db.read(c -> entry(c, clientRef));
    }

    /** The caseNo of a delivered case, if delivered. */
    Optional<String> caseNoOf(String clientCaseId) {
        return entry(clientCaseId).map(OutboxEntry::caseNo);
    }

    private static Optional<OutboxEntry> entry(Connection c, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM outbox WHERE client_ref=?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    /** Depth, oldest waiting time and every waiting entry (QUEUED or CONFLICT), oldest first. */
    public OutboxStatus status() {
        return db.read(c -> {
            List<OutboxEntry> waiting = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM outbox WHERE state IN ('QUEUED','CONFLICT') ORDER BY seq")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        waiting.add(view(rs));
                    }
                }
            }
            int held = 0;
            Instant oldestHeld = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(created_at) FROM outbox"
                    + " WHERE state IN ('DELIVERED','REJECTED') AND sealed IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    held = rs.getInt(1);
                    long oldest = rs.getLong(2);
                    oldestHeld = rs.wasNull() ? null : Instant.ofEpochMilli(oldest);
                }
            }
            return new OutboxStatus(waiting.size(), waiting.isEmpty() ? null : waiting.get(0).createdAt(), waiting,
                    held, oldestHeld);
        });
    }

    public int depth() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE state IN ('QUEUED','CONFLICT')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Staff asked to try now: every waiting entry becomes due at once. */
    public void retryNow() {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET next_attempt_at=0 WHERE state='QUEUED'")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static OutboxEntry view(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("seq"), EntryKind.valueOf(rs.getString("kind")), rs.getString("client_ref"),
                rs.getString("service_code"), EntryState.valueOf(rs.getString("state")), Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getInt("attempts"), instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                rs.getString("case_no"), rs.getString("query_url"), rs.getString("accepted_at"), rs.getString("due_date"),
                rs.getInt("visit_ended") == 1, rs.getBytes("sealed") != null, documents(rs.getString("documents_json")));
    }

    private static final TypeReference<List<DocumentRef>> DOCUMENTS = new TypeReference<>() {
    };

    /** The documents' metadata as stored; a row the kiosk cannot read back lists none (the visit then offers the queryUrl). */
    private static List<DocumentRef> documents(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return PlatformClient.json().readValue(json, DOCUMENTS);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() || v == 0 ? null : Instant.ofEpochMilli(v);
    }

    static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
