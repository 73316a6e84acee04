package zwfw.kiosk.app.screen.maintenance.pin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
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
import zwfw.kiosk.core.access.StaffEntry;
import zwfw.kiosk.core.access.StaffMember;

/**
 * The PIN pad of the staff entry. The digits are kept in a char array, shown only as dots, checked
 * off the FX thread ({@link StaffEntry#enter}: accounts, lockout, audit) and wiped at once; they
 * never reach a log, and neither does the name of whoever they belong to.
 */
public final class PinPadViewModel {
    private static final int MAX_DIGITS = 12;
    private static final Logger log = LoggerFactory.getLogger(PinPadViewModel.class);

    private final Messages messages;
    private final Function<char[], StaffEntry.Attempt> entry;
    private final Executor work;
    private final Clock clock;
    private final Consumer<StaffMember> entered;
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final IntegerProperty digits = new SimpleIntegerProperty(0);
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final IntegerProperty problemNumber = new SimpleIntegerProperty(0);
    private final char[] pin = new char[MAX_DIGITS];
    private Instant lockedUntil;

    /** {@code entered} is told, on the FX thread, who a right PIN belongs to. */
    public PinPadViewModel(Messages messages, Function<char[], StaffEntry.Attempt> entry, Executor work, Clock clock,
                           Consumer<StaffMember> entered) {
        this.messages = messages;
        this.entry = entry;
        this.work = work;
        this.clock = clock;
        this.entered = entered;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public StringBinding dots() {
        return messages.compute(() -> "●".repeat(digits.get()), digits);
    }

    public StringBinding problem() {
        return messages.compute(() -> problemKey.get().isEmpty() ? "" : messages.get(problemKey.get(), problemNumber.get()),
                problemKey, problemNumber);
    }

    public StringBinding text(String key) {
        return messages.text(key);
    }

    /** A fresh pad (the typed digits wiped), still showing a lockout that holds. */
    public void reset() {
        wipe();
        problemKey.set("");
        showLockout();
    }

    public void digit(int d) {
        if (lockedOut() || checking.get() || digits.get() >= MAX_DIGITS) {
            return;
        }
        pin[digits.get()] = (char) ('0' + d);
        digits.set(digits.get() + 1);
        problemKey.set("");
    }

    public void clear() {
        wipe();
    }

    /** Checks the typed PIN off the FX thread; the answer comes back on it. */
    public void submit() {
        if (lockedOut() || checking.get()) {
            showLockout();
            return;
        }
        if (digits.get() == 0) {
            problemKey.set("staff.pin.empty");
            return;
        }
        char[] typed = Arrays.copyOf(pin, digits.get());
        wipe();
        checking.set(true);
        work.execute(() -> {
            StaffEntry.Attempt attempt;
            try {
                attempt = entry.apply(typed);
            } catch (RuntimeException e) {
                log.error("staff entry not checked: {}", e.getMessage());
                attempt = new StaffEntry.Attempt(java.util.Optional.empty(), java.util.Optional.empty(), -1);
            } finally {
                Arrays.fill(typed, '\0');
            }
            StaffEntry.Attempt a = attempt;
            Platform.runLater(() -> answered(a));
        });
    }

    private void answered(StaffEntry.Attempt a) {
        checking.set(false);
        if (a.member().isPresent()) {
            log.info("staff entry: PIN accepted, role {}", a.member().get().role().label());
            problemKey.set("");
            entered.accept(a.member().get());
        } else if (a.lockedUntil().isPresent()) {
            lockedUntil = a.lockedUntil().get();
            log.warn("staff entry: PIN pad locked for {} s", Math.max(0, Duration.between(clock.instant(), lockedUntil).toSeconds()));
            showLockout();
        } else if (a.failuresLeft() < 0) {
            problemKey.set("maint.pin.unavailable");
        } else {
            log.warn("staff entry: wrong staff PIN ({} of {})", StaffEntry.MAX_FAILURES - a.failuresLeft(), StaffEntry.MAX_FAILURES);
            problemKey.set("staff.pin.wrong");
            problemNumber.set(a.failuresLeft());
        }
    }

    /** The view's clock: counts a lockout down. */
    public void secondPassed() {
        if (lockedUntil != null) {
            showLockout();
        }
    }

    private boolean lockedOut() {
        if (lockedUntil == null) {
            return false;
        }
        if (!clock.instant().isBefore(lockedUntil)) {
            lockedUntil = null;
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

    private void wipe() {
        Arrays.fill(pin, '\0');
        digits.set(0);
    }
}
