package zwfw.kiosk.core.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.storage.KioskDatabase;

/**
 * Who a PIN typed at the kiosk belongs to. Tries the staff accounts of the role, then the role's
 * hash in kiosk.yaml (the demo's and fallback account). Five wrong PINs in a row lock entry for the
 * role for five minutes; the count is in the database, so a restart does not reset it. Every entry
 * and failed PIN goes to the audit log (channel {@code screen}); the PIN itself goes nowhere.
 * Blocking (PBKDF2 and the database): call it off the FX thread.
 */
public final class StaffEntry {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);
    public static final String CHANNEL = "screen";
    /** The display name of the account configured in kiosk.yaml ({@code security.*PinHash}). */
    public static final String CONFIGURED_ACCOUNT = "kiosk.yaml";

    private final KioskDatabase db;
    private final StaffAccounts accounts;
    private final Map<StaffRole, String> configuredHashes;
    private final AuditLog audit;
    private final Clock clock;

    public StaffEntry(KioskDatabase db, Map<StaffRole, String> configuredHashes, AuditLog audit, Clock clock) {
        this.db = db;
        this.accounts = new StaffAccounts(db, clock);
        this.configuredHashes = Map.copyOf(configuredHashes);
        this.audit = audit;
        this.clock = clock;
    }

    /** The member whose PIN this is, or empty when it matches none of the role or entry is locked out. */
    public Optional<StaffMember> verify(StaffRole role, char[] pin) {
        if (lockedUntil(role).isPresent()) {
            return Optional.empty();
        }
        Optional<StaffMember> who = accounts.all().stream()
                .filter(a -> a.member().role() == role && PinHash.matches(pin, a.pinHash()))
                .map(StaffAccounts.Account::member)
                .findFirst();
        if (who.isEmpty()) {
            String configured = configuredHashes.get(role);
            if (configured != null && PinHash.matches(pin, configured)) {
                who = Optional.of(new StaffMember(CONFIGURED_ACCOUNT, role));
            }
        }
        if (who.isPresent()) {
            setFailures(role, 0, null);
            audit.record(CHANNEL, who.get().displayName(), AuditAction.ENTRY, role.label());
        } else {
            int failures = failures(role) + 1;
            boolean locks = failures >= MAX_FAILURES;
            setFailures(role, locks ? 0 : failures, locks ? clock.instant().plus(LOCKOUT) : null);
            audit.record(CHANNEL, "unknown", AuditAction.PIN_FAILED, role.label() + (locks ? ", entry locked for "
                    + LOCKOUT.toMinutes() + " minutes" : ", failure " + failures + " of " + MAX_FAILURES));
        }
        return who;
    }

    /** What a PIN typed on the kiosk's one pad came to: who (if anyone), and the pad's lockout. */
    public record Attempt(Optional<StaffMember> member, Optional<Instant> lockedUntil, int failuresLeft) {
    }

    /**
     * The PIN of the kiosk's one pad, which serves every role: whoever's PIN it is, technician or
     * administrator. A wrong PIN counts against every role (the pad cannot tell which was meant), so
     * five in a row lock the pad for {@link #LOCKOUT}; the failure is audited once.
     */
    public Attempt enter(char[] pin) {
        Optional<Instant> locked = padLockedUntil();
        if (locked.isPresent()) {
            return new Attempt(Optional.empty(), locked, 0);
        }
        Optional<StaffMember> who = accounts.all().stream()
                .filter(a -> PinHash.matches(pin, a.pinHash()))
                .map(StaffAccounts.Account::member)
                .findFirst();
        for (StaffRole role : StaffRole.values()) {
            String configured = configuredHashes.get(role);
            if (who.isEmpty() && configured != null && PinHash.matches(pin, configured)) {
                who = Optional.of(new StaffMember(CONFIGURED_ACCOUNT, role));
            }
        }
        if (who.isPresent()) {
            for (StaffRole role : StaffRole.values()) {
                setFailures(role, 0, null);
            }
            audit.record(CHANNEL, who.get().displayName(), AuditAction.ENTRY, who.get().role().label());
            return new Attempt(who, Optional.empty(), MAX_FAILURES);
        }
        int failures = 0;
        for (StaffRole role : StaffRole.values()) {
            failures = Math.max(failures, failures(role));
        }
        failures++;
        boolean locks = failures >= MAX_FAILURES;
        Instant until = locks ? clock.instant().plus(LOCKOUT) : null;
        for (StaffRole role : StaffRole.values()) {
            setFailures(role, locks ? 0 : failures, until);
        }
        audit.record(CHANNEL, "unknown", AuditAction.PIN_FAILED, locks ? "entry locked for " + LOCKOUT.toMinutes() + " minutes"
                : "failure " + failures + " of " + MAX_FAILURES);
        return new Attempt(Optional.empty(), Optional.ofNullable(until), locks ? 0 : MAX_FAILURES - failures);
    }

    /** Until when the pad is locked out (any role's lockout), if it is now. */
    public Optional<Instant> padLockedUntil() {
        Optional<Instant> latest = Optional.empty();
        for (StaffRole role : StaffRole.values()) {
            Optional<Instant> until = lockedUntil(role);
            if (until.isPresent() && (latest.isEmpty() || until.get().isAfter(latest.get()))) {
                latest = until;
            }
        }
        return latest;
    }

    /** Until when entry for the role is locked out, if it is now. */
    public Optional<Instant> lockedUntil(StaffRole role) {
        String until = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT locked_until FROM pin_lockout WHERE role=?")) {
                ps.setString(1, role.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return Optional.ofNullable(until).map(Instant::parse).filter(clock.instant()::isBefore);
    }

    private int failures(StaffRole role) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT failures FROM pin_lockout WHERE role=?")) {
                ps.setString(1, role.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private void setFailures(StaffRole role, int failures, Instant lockedUntil) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pin_lockout(role, failures, locked_until) VALUES(?,?,?)"
                            + " ON CONFLICT(role) DO UPDATE SET failures=excluded.failures, locked_until=excluded.locked_until")) {
                ps.setString(1, role.name());
                ps.setInt(2, failures);
                ps.setString(3, lockedUntil == null ? null : lockedUntil.toString());
                return ps.executeUpdate();
            }
        });
    }
}
