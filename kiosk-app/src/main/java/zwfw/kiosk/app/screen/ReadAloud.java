package zwfw.kiosk.app.screen;

import java.util.Locale;

/**
 * Reads a screen's text aloud: the header's 朗读 button hands it {@link Screen#spokenText()} of the screen on the
 * window. The kiosk shows the button only once one is installed ({@code KioskNavigator.readAloudWith}); the speech
 * engine behind it is not the screens' business. Called on the FX thread: an implementation speaks elsewhere.
 */
@FunctionalInterface
public interface ReadAloud {
    void read(String text, Locale language);
}
