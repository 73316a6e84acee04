package zwfw.kiosk.core.storage;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one SQLite file ({@code data.dir/kiosk.db}) in WAL mode with {@code synchronous=FULL},
 * so a committed transaction survives a power cut. Capabilities bring their {@link Migration}s;
 * pending ones run forward on open. One connection, used under this object's lock ({@link #transaction}).
 */
public final class KioskDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskDatabase.class);

    private final Connection db;
    private final Path file;

    private KioskDatabase(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    public static KioskDatabase open(Path dataDir, List<Migration> migrations) {
        Path file = dataDir.resolve("kiosk.db");
        try {
            // Created private before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
            PrivateFiles.createDirectories(dataDir);
            PrivateFiles.ensureFile(file);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("PRAGMA foreign_keys=ON");
                // Purged rows are overwritten with zeros rather than left in free pages.
                s.execute("PRAGMA secure_delete=ON");
            }
            KioskDatabase kdb = new KioskDatabase(file, c);
            kdb.migrate(migrations);
            return kdb;
        } catch (Exception e) {
            throw new StorageException("cannot open the kiosk database " + file + ": " + e.getMessage(), file, e);
        }
    }

    private void migrate(List<Migration> migrations) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations(component TEXT NOT NULL, version INTEGER NOT NULL,"
                    + " description TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                    + " PRIMARY KEY(component, version))");
        }
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort(Comparator.comparing(Migration::component).thenComparingInt(Migration::version));
        for (Migration m : ordered) {
            if (applied(m)) {
                continue;
            }
            transaction(c -> {
                m.step().apply(c);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_migrations(component, version, description) VALUES(?,?,?)")) {
                    ps.setString(1, m.component());
                    ps.setInt(2, m.version());
                    ps.setString(3, m.description());
                    ps.executeUpdate();
                }
                return null;
            });
            log.info("schema {} migrated to version {}: {}", m.component(), m.version(), m.description());
        }
    }

    private boolean applied(Migration m) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM schema_migrations WHERE component=? AND version=?")) {
            ps.setString(1, m.component());
            ps.setInt(2, m.version());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The highest applied version of a component's schema, 0 when none. */
    public synchronized int schemaVersion(String component) {
        try (PreparedStatement ps = db.prepareStatement("SELECT COALESCE(MAX(version),0) FROM schema_migrations WHERE component=?")) {
            ps.setString(1, component);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the schema version: " + e.getMessage(), file, e);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    /** Runs work in one transaction; it is durable on disk when this returns. */
    public synchronized <T> T transaction(Work<T> work) {
        BlockingCalls.check(BlockingCalls.Kind.DATABASE, "transaction");
        try {
            db.setAutoCommit(false);
            T result;
            try {
                result = work.run(db);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(e);
                restoreAutoCommitKeeping(e);
                throw e;
            }
            db.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new StorageException("database failure in " + file.getFileName() + ": " + e.getMessage(), file, e);
        }
    }

    /**
     * Runs work in one transaction that is atomic but not fsync'd when this returns ({@code synchronous=NORMAL} for
     * this one commit): a power cut may undo it, never half of it, and the next {@link #transaction} makes it durable
     * with its own. Only for what may be lost and done again, e.g. marking a case the platform took as delivered
     * (lost, the case is sent again with the same clientCaseId and the platform answers it with the same number).
     */
    public synchronized <T> T transactionUnsynced(Work<T> work) {
        BlockingCalls.check(BlockingCalls.Kind.DATABASE, "transaction");
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA synchronous=NORMAL");
            try {
                return transaction(work);
            } finally {
                s.execute("PRAGMA synchronous=FULL");
            }
        } catch (SQLException e) {
            throw new StorageException("database failure in " + file.getFileName() + ": " + e.getMessage(), file, e);
        }
    }

    /**
     * Rolls back after a failure without hiding it: when the disk is full SQLite has already rolled
     * back, and the rollback's own "no transaction is active" must not replace the real cause.
     */
    private void rollbackKeeping(Exception cause) {
        try {
            db.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void restoreAutoCommitKeeping(Exception cause) {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs a read (or a single statement) without an explicit transaction. */
    public synchronized <T> T read(Work<T> work) {
        BlockingCalls.check(BlockingCalls.Kind.DATABASE, "read");
        try {
            return work.run(db);
        } catch (SQLException e) {
            throw new StorageException("database failure in " + file.getFileName() + ": " + e.getMessage(), file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("closing {} failed: {}", file, e.getMessage());
        }
    }
}
