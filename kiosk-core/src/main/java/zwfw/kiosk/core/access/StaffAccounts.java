package zwfw.kiosk.core.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * The technicians and administrators of this kiosk, each with a display name, a role and a PBKDF2
 * PIN hash ({@link PinHash}). Kept in the kiosk's database in the data directory, not in kiosk.yaml:
 * the installed configuration may be read-only, the database is already private (0600), durable
 * and transactional, and the PIN lockout and the audit log live beside it.
 */
public final class StaffAccounts {
    static final String COMPONENT = "staff";
    /** The longest display name: a name and perhaps a team, on one line. */
    public static final int MAX_NAME_CHARS = 40;
    /**
     * The most accounts: a kiosk's technicians and administrators, not a directory. A PIN typed at the
     * kiosk is checked against each account of its role (PBKDF2, ~0.1 s each), so this bounds that wait.
     */
    public static final int MAX_ACCOUNTS = 30;

    /** A stored account: who, which role and the PIN's hash. */
    public record Account(StaffMember member, String pinHash, String createdAt) {
    }

    private final KioskDatabase db;
    private final Clock clock;

    public StaffAccounts(KioskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static List<Migration> migrations() {
        return List.of(Migration.sql(COMPONENT, 1, "staff accounts and the PIN lockout",
                "CREATE TABLE staff(display_name TEXT PRIMARY KEY, role TEXT NOT NULL, pin_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
                "CREATE TABLE pin_lockout(role TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until TEXT)"));
    }

    /** Why a display name is refused, or null: 1 to 40 characters on one line. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "a display name is needed";
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_CHARS || name.codePoints().anyMatch(Character::isISOControl)) {
            return "a display name is at most " + MAX_NAME_CHARS + " characters on one line";
        }
        return null;
    }

    /** Adds an account; false when the display name is taken. */
    public boolean add(String displayName, StaffRole role, String pinHash) {
        requireValid(displayName, pinHash);
        return db.transaction(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM staff");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getInt(1) >= MAX_ACCOUNTS) {
                    throw new IllegalArgumentException("at most " + MAX_ACCOUNTS + " staff accounts");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO staff(display_name, role, pin_hash, created_at) VALUES(?,?,?,?)")) {
                ps.setString(1, displayName.strip());
                ps.setString(2, role.name());
                ps.setString(3, pinHash);
                ps.setString(4, clock.instant().toString());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Removes an account; false when there is none by that name. */
    public boolean remove(String displayName) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff WHERE display_name=?")) {
                ps.setString(1, displayName.strip());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Replaces an account's PIN hash; false when there is none by that name. */
    public boolean resetPin(String displayName, String pinHash) {
        requireValid(displayName, pinHash);
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET pin_hash=? WHERE display_name=?")) {
                ps.setString(1, pinHash);
                ps.setString(2, displayName.strip());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<Account> find(String displayName) {
        return all().stream().filter(a -> a.member().displayName().equals(displayName.strip())).findFirst();
    }

    /**
     * The accounts in the database of {@code dataDir}, opened read-only so that checking (config
     * validate, the launcher) changes nothing on disk; none when there is no database or no table yet.
     */
    public static List<Account> readOnly(java.nio.file.Path dataDir) {
        java.nio.file.Path file = dataDir.resolve("kiosk.db");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return List.of();
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (java.sql.Connection c = config.createConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT display_name, role, pin_hash, created_at FROM staff ORDER BY role, display_name");
             ResultSet rs = ps.executeQuery()) {
            List<Account> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Account(new StaffMember(rs.getString(1), StaffRole.valueOf(rs.getString(2))), rs.getString(3), rs.getString(4)));
            }
            return out;
        } catch (java.sql.SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                return List.of();
            }
            throw new zwfw.kiosk.core.storage.StorageException("cannot read the staff accounts in " + file + ": " + e.getMessage(), file, e);
        }
    }

    /** Every account, by role then name. */
    public List<Account> all() {
        return db.read(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT display_name, role, pin_hash, created_at FROM staff ORDER BY role, display_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Account(new StaffMember(rs.getString(1), StaffRole.valueOf(rs.getString(2))), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    private static void requireValid(String displayName, String pinHash) {
        String problem = nameProblem(displayName);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (!PinHash.isWellFormed(pinHash)) {
            throw new IllegalArgumentException("not a PIN hash");
        }
    }
}
