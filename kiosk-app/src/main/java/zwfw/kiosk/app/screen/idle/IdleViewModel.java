package zwfw.kiosk.app.screen.idle;

import java.time.Duration;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import zwfw.kiosk.app.i18n.Messages;

/**
 * The idle countdown: after {@code idleTimeout} without a touch the kiosk asks "还需要更多时间吗?"
 * and counts down; a touch keeps the session, reaching zero ends it (and wipes it). The view
 * drives the clock with {@link #secondPassed()}; any touch calls {@link #activity()}.
 */
public final class IdleViewModel {
    private final Messages messages;
    private final int idleSeconds;
    private final int countdownSeconds;
    private final Runnable timeUp;
    private final BooleanProperty armed = new SimpleBooleanProperty(false);
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    private final IntegerProperty remaining = new SimpleIntegerProperty();
    private int quietSeconds;

    public IdleViewModel(Messages messages, Duration idleTimeout, Duration countdown, Runnable timeUp) {
        this.messages = messages;
        this.idleSeconds = (int) Math.max(1, idleTimeout.toSeconds());
        this.countdownSeconds = (int) Math.max(1, countdown.toSeconds());
        this.timeUp = timeUp;
        remaining.set(countdownSeconds);
    }

    public StringBinding question() {
        return messages.text("idle.question");
    }

    public StringBinding countdownText() {
        return messages.compute(() -> messages.get("idle.countdown", remaining.get()), remaining);
    }

    public StringBinding moreTimeText() {
        return messages.text("idle.moreTime");
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public IntegerProperty remainingProperty() {
        return remaining;
    }

    /** Watching starts with a session and stops at its end. */
    public void arm(boolean on) {
        armed.set(on);
        activity();
    }

    public void activity() {
        quietSeconds = 0;
        asking.set(false);
        remaining.set(countdownSeconds);
    }

    public void secondPassed() {
        if (!armed.get()) {
            return;
        }
        if (!asking.get()) {
            if (++quietSeconds >= idleSeconds) {
                asking.set(true);
                remaining.set(countdownSeconds);
            }
            return;
        }
        remaining.set(remaining.get() - 1);
        if (remaining.get() <= 0) {
            asking.set(false);
            armed.set(false);
            timeUp.run();
        }
    }
}
