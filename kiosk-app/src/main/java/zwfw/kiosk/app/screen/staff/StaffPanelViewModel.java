package zwfw.kiosk.app.screen.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.i18n.Messages;

/**
 * The staff panel behind the hidden corner: a PIN pad for the maintenance PIN, then lock / unlock.
 * The digits are kept in a char array, shown only as dots, checked off the FX thread and wiped at
 * once; they never reach a log. Five wrong PINs in a row lock the pad for a minute, and it says so.
 * The panel closes itself after {@link #IDLE_CLOSE} without a touch.
 */
public final class StaffPanelViewModel {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofSeconds(60);
    public static final Duration IDLE_CLOSE = Duration.ofSeconds(60);
    private static final int MAX_DIGITS = 12;
    private static final Logger log = LoggerFactory.getLogger(StaffPanelViewModel.class);

    private final Messages messages;
    private final Predicate<char[]> pinCheck;
    private final Executor work;
    private final Clock clock;
    private final StaffActions actions;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty accepted = new SimpleBooleanProperty(false);
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final BooleanProperty staffLocked = new SimpleBooleanProperty(false);
    private final IntegerProperty digits = new SimpleIntegerProperty(0);
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final IntegerProperty problemNumber = new SimpleIntegerProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final char[] pin = new char[MAX_DIGITS];
    private int failures;
    private Instant lockedUntil;
    private int quietSeconds;
    private java.util.function.Consumer<zwfw.kiosk.core.audit.AuditAction> audited = action -> { };

    public StaffPanelViewModel(Messages messages, Predicate<char[]> pinCheck, Executor work, Clock clock, StaffActions actions) {
        this.messages = messages;
        this.pinCheck = pinCheck;
        this.work = work;
        this.clock = clock;
        this.actions = actions;
    }

    /** Told, on the work executor (never the FX thread), of each lock and unlock recorded from this panel: for the audit log. */
    public void onAudited(java.util.function.Consumer<zwfw.kiosk.core.audit.AuditAction> audited) {
        this.audited = audited;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    /** True once the PIN was accepted: the lock / unlock page shows. */
    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public BooleanProperty staffLockedProperty() {
        return staffLocked;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public StringBinding title() {
        return messages.text("staff.title");
    }

    /** One dot per digit typed. */
    public StringBinding dots() {
        return messages.compute(() -> "●".repeat(digits.get()), digits);
    }

    public StringBinding problem() {
        return messages.compute(() -> problemKey.get().isEmpty() ? "" : messages.get(problemKey.get(), problemNumber.get()),
                problemKey, problemNumber);
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding text(String key) {
        return messages.text(key);
    }

    /** The hidden corner was held: shows the PIN pad (fresh, unless the pad is locked out). */
    public void open() {
        wipePin();
        accepted.set(false);
        quietSeconds = 0;
        problemKey.set("");
        showLockout();
        open.set(true);
        log.info("staff panel opened");
    }

    public void close() {
        wipePin();
        accepted.set(false);
        open.set(false);
    }

    public void digit(int d) {
        touched();
        if (lockedOut() || checking.get() || digits.get() >= MAX_DIGITS) {
            return;
        }
        pin[digits.get()] = (char) ('0' + d);
        digits.set(digits.get() + 1);
        problemKey.set("");
    }

    public void clear() {
        touched();
        wipePin();
    }

    /** Checks the typed PIN off the FX thread; the answer comes back on it. */
    public void submit() {
        touched();
        if (lockedOut() || checking.get()) {
            return;
        }
        if (digits.get() == 0) {
            problemKey.set("staff.pin.empty");
            return;
        }
        char[] typed = Arrays.copyOf(pin, digits.get());
        wipePin();
        checking.set(true);
        work.execute(() -> {
            boolean ok;
            try {
                ok = pinCheck.test(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
            boolean accept = ok;
            Platform.runLater(() -> answered(accept));
        });
    }

    private void answered(boolean ok) {
        checking.set(false);
        if (!open.get()) {
            return;
        }
        if (ok) {
            failures = 0;
            log.info("staff panel: maintenance PIN accepted");
            accepted.set(true);
            refresh();
            return;
        }
        failures++;
        log.warn("staff panel: wrong maintenance PIN ({} of {})", failures, MAX_FAILURES);
        if (failures >= MAX_FAILURES) {
            lockedUntil = clock.instant().plus(LOCKOUT);
            log.warn("staff panel: PIN pad locked for {} s after {} wrong PINs", LOCKOUT.toSeconds(), MAX_FAILURES);
            showLockout();
        } else {
            problemKey.set("staff.pin.wrong");
            problemNumber.set(MAX_FAILURES - failures);
        }
    }

    /** Asks for the staff lock; says so on the panel if its record could not be written (then nothing changed). */
    public void lock() {
        touched();
        if (accepted.get()) {
            problemKey.set("");
            actions.lock().whenComplete((ok, failed) -> recorded(failed, "staff.lockFailed", zwfw.kiosk.core.audit.AuditAction.LOCK));
        }
    }

    public void unlock() {
        touched();
        if (accepted.get()) {
            problemKey.set("");
            actions.unlock().whenComplete((ok, failed) -> recorded(failed, "staff.unlockFailed", zwfw.kiosk.core.audit.AuditAction.UNLOCK));
        }
    }

    /** On the FX thread (where the actions complete): the state as it now is, and why an action did not happen. */
    private void recorded(Throwable failed, String failureKey, zwfw.kiosk.core.audit.AuditAction action) {
        if (failed != null) {
            problemKey.set(failureKey);
        } else {
            work.execute(() -> audited.accept(action));
        }
        refresh();
    }

    /** The view's one-second clock: counts the lockout down and closes an idle panel. */
    public void secondPassed() {
        if (!open.get()) {
            return;
        }
        if (lockedUntil != null) {
            showLockout();
        }
        if (++quietSeconds >= IDLE_CLOSE.toSeconds()) {
            close();
        }
    }

    /** The state after an action: whether staff hold a lock, and every reason that holds. */
    public void refresh() {
        staffLocked.set(actions.staffLocked());
        var keys = actions.reasonKeys();
        if (keys.isEmpty()) {
            status.set(messages.get("staff.status.inService"));
        } else {
            StringBuilder b = new StringBuilder(messages.get("staff.status.outOfService"));
            keys.forEach(k -> b.append("\n· ").append(messages.get(k)));
            status.set(b.toString());
        }
    }

    private void touched() {
        quietSeconds = 0;
    }

    private boolean lockedOut() {
        if (lockedUntil == null) {
            return false;
        }
        if (!clock.instant().isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
            problemKey.set("");
            return false;
        }
        return true;
    }

    private void showLockout() {
        if (lockedOut()) {
            long left = Math.max(1, (Duration.between(clock.instant(), lockedUntil).toMillis() + 999) / 1000);
            problemNumber.set((int) left);
            problemKey.set("staff.pin.lockedOut");
        }
    }

    private void wipePin() {
        Arrays.fill(pin, '\0');
        digits.set(0);
    }
}
