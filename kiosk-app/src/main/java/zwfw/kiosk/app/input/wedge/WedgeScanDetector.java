package zwfw.kiosk.app.input.wedge;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Tells a keyboard-wedge (HID) scanner from a person at the keyboard. Installed as an event filter
 * on a scene, it holds back typed characters while they come faster than {@link WedgeSettings#maxGap()}
 * apart. A burst of at least {@link WedgeSettings#minLength()} characters ended by Enter within the
 * gap is a scan: it goes to the scan handler and none of its keys (nor the Enter) reach the focused
 * field. Anything else, such as a person typing, is handed on unchanged to where it was going as soon
 * as a pause longer than the gap shows it was not a scan (a delay of one gap, 30 ms by default).
 * Runs on the JavaFX thread, like every event filter.
 */
public final class WedgeScanDetector implements EventHandler<KeyEvent> {
    private final WedgeSettings settings;
    private final Consumer<String> onScan;
    private final LongSupplier nanoClock;
    private final long maxGapNanos;
    private final StringBuilder held = new StringBuilder();
    private final PauseTransition pauseCheck;
    private EventTarget heldTarget;
    private long lastKeyNanos;
    private boolean replaying;
    private boolean swallowEnter;

    public WedgeScanDetector(WedgeSettings settings, Consumer<String> onScan) {
        this(settings, onScan, System::nanoTime);
    }

    /** With a clock of its own, for tests that decide how fast keys come. */
    public WedgeScanDetector(WedgeSettings settings, Consumer<String> onScan, LongSupplier nanoClock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.onScan = Objects.requireNonNull(onScan, "onScan");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.maxGapNanos = settings.maxGap().toNanos();
        this.pauseCheck = new PauseTransition(Duration.millis(Math.max(1, settings.maxGap().toMillis())));
        this.pauseCheck.setOnFinished(e -> checkPause());
    }

    /** Installs a detector on {@code scene} (as a filter, so it sees keys before any control does). */
    public static WedgeScanDetector install(Scene scene, WedgeSettings settings, Consumer<String> onScan) {
        WedgeScanDetector d = new WedgeScanDetector(settings, onScan);
        scene.addEventFilter(KeyEvent.ANY, d);
        return d;
    }

    public void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.ANY, this);
        release();
    }

    @Override
    public void handle(KeyEvent e) {
        if (replaying) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            typed(e);
        } else if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            pressed(e);
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            released(e);
        }
    }

    private void typed(KeyEvent e) {
        String ch = e.getCharacter();
        if (swallowEnter && ("\r".equals(ch) || "\n".equals(ch))) {
            e.consume();
            return;
        }
        if (ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(ch.charAt(0))
                || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            release(); // a control key ends any burst; what was held goes on first
            return;
        }
        long now = nanoClock.getAsLong();
        if (held.length() > 0 && now - lastKeyNanos > maxGapNanos) {
            release(); // too slow to belong to the burst before
        }
        if (held.length() == 0) {
            heldTarget = e.getTarget();
        }
        held.append(ch);
        lastKeyNanos = now;
        e.consume();
        pauseCheck.playFromStart();
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            long now = nanoClock.getAsLong();
            if (held.length() >= settings.minLength() && now - lastKeyNanos <= maxGapNanos) {
                String scan = held.toString();
                held.setLength(0);
                heldTarget = null;
                pauseCheck.stop();
                swallowEnter = true;
                e.consume();
                onScan.accept(scan);
            } else {
                release();
            }
            return;
        }
        if (e.getCode().isModifierKey()) {
            return; // scanners press Shift for capitals: part of the burst, changes nothing
        }
        if (inBurst() && producesText(e.getCode())) {
            e.consume(); // a key inside a burst must not press a focused button
        } else if (!producesText(e.getCode())) {
            release(); // navigation, Tab, Backspace: what was held goes first, in order
        }
    }

    private void released(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && swallowEnter) {
            swallowEnter = false;
            e.consume();
        } else if (inBurst() && producesText(e.getCode())) {
            e.consume();
        }
    }

    private boolean inBurst() {
        return held.length() > 0 && nanoClock.getAsLong() - lastKeyNanos <= maxGapNanos;
    }

    private static boolean producesText(KeyCode code) {
        if (code == KeyCode.ENTER || code == KeyCode.TAB || code == KeyCode.ESCAPE || code == KeyCode.BACK_SPACE
                || code == KeyCode.DELETE) {
            return false;
        }
        return !(code.isNavigationKey() || code.isFunctionKey() || code.isModifierKey() || code.isMediaKey());
    }

    private void checkPause() {
        if (held.length() == 0) {
            return;
        }
        if (nanoClock.getAsLong() - lastKeyNanos > maxGapNanos) {
            release();
        } else {
            pauseCheck.playFromStart();
        }
    }

    /** Hands the held characters on to where they were going, as typed keys. */
    private void release() {
        pauseCheck.stop();
        if (held.length() == 0) {
            return;
        }
        String text = held.toString();
        EventTarget target = heldTarget;
        held.setLength(0);
        heldTarget = null;
        if (target == null) {
            return;
        }
        replaying = true;
        try {
            text.codePoints().forEach(cp -> Event.fireEvent(target, new KeyEvent(null, target, KeyEvent.KEY_TYPED,
                    new String(Character.toChars(cp)), "", KeyCode.UNDEFINED, false, false, false, false)));
        } finally {
            replaying = false;
        }
    }
}
