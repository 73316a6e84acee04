package zwfw.kiosk.app.screen.idle;

import java.time.Duration;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import zwfw.kiosk.app.i18n.Messages;

/**
 * The idle countdown: after {@code idleTimeout} without a touch ({@code elderlyIdleTimeout} in 长辈版) the kiosk
 * asks "还需要更多时间吗?" and counts down; a touch keeps the session, reaching zero ends it (and wipes it). Well
 * before the question ({@code shownBefore} ahead of it) the header starts showing the seconds left
 * ({@link #secondsLeftProperty()}, {@link #countdownShownProperty()}), so the question never comes out of nowhere.
 * The view drives the clock with {@link #secondPassed()}; any touch calls {@link #activity()}.
 */
public final class IdleViewModel {
    private final Messages messages;
    private final int normalIdleSeconds;
    private final int elderlyIdleSeconds;
    private final int shownBeforeSeconds;
    private int idleSeconds;
    private final int countdownSeconds;
    private final Runnable timeUp;
    private final BooleanProperty armed = new SimpleBooleanProperty(false);
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    private final IntegerProperty remaining = new SimpleIntegerProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final BooleanProperty countdownShown = new SimpleBooleanProperty(false);
    private int quietSeconds;

    public IdleViewModel(Messages messages, Duration idleTimeout, Duration countdown, Runnable timeUp) {
        this(messages, idleTimeout, idleTimeout, Duration.ZERO, countdown, timeUp);
    }

    public IdleViewModel(Messages messages, Duration idleTimeout, Duration elderlyIdleTimeout, Duration shownBefore,
                         Duration countdown, Runnable timeUp) {
        this.messages = messages;
        this.normalIdleSeconds = (int) Math.max(1, idleTimeout.toSeconds());
        this.elderlyIdleSeconds = (int) Math.max(1, elderlyIdleTimeout.toSeconds());
        this.shownBeforeSeconds = (int) Math.max(0, shownBefore.toSeconds());
        this.idleSeconds = normalIdleSeconds;
        this.countdownSeconds = (int) Math.max(1, countdown.toSeconds());
        this.timeUp = timeUp;
        remaining.set(countdownSeconds);
        showLeft();
    }

    /** 长辈版 gives more time before the question. */
    public void elderly(boolean on) {
        idleSeconds = on ? elderlyIdleSeconds : normalIdleSeconds;
        showLeft();
    }

    /** Seconds until the visit ends if nobody touches the screen (the header shows them). */
    public IntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    /** Whether the header shows the seconds left: from {@code shownBefore} ahead of the question to the end. */
    public BooleanProperty countdownShownProperty() {
        return countdownShown;
    }

    public StringBinding secondsLeftText() {
        return messages.compute(() -> messages.get("header.countdown", secondsLeft.get()), secondsLeft);
    }

    private void showLeft() {
        int left = asking.get() ? remaining.get() : idleSeconds - quietSeconds + countdownSeconds;
        secondsLeft.set(Math.max(0, left));
        countdownShown.set(armed.get() && (asking.get() || idleSeconds - quietSeconds <= shownBeforeSeconds));
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
        showLeft();
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
            showLeft();
            return;
        }
        remaining.set(remaining.get() - 1);
        showLeft();
        if (remaining.get() <= 0) {
            asking.set(false);
            armed.set(false);
            showLeft();
            timeUp.run();
        }
    }
}
