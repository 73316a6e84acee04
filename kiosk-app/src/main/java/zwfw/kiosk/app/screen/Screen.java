package zwfw.kiosk.app.screen;

import javafx.scene.Parent;

/** One full-window screen of the kiosk: its view, and what it does when it comes and goes. */
public interface Screen {

    /** A short stable name (tests, logs, screenshots use it). */
    String name();

    Parent view();

    /** Called on the FX thread once the screen is on the window. */
    default void shown() {
    }

    /** Called on the FX thread when another screen replaces it; stop timers here. */
    default void hidden() {
    }
}
