package zwfw.kiosk.app.screen;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/** The texts a screen shows, top to bottom as laid out in its scene graph: what 朗读 reads by default. */
public final class ScreenText {
    private ScreenText() {
    }

    /**
     * Every shown label and button text under {@code root}, one per line. Text fields are left out: what a citizen
     * typed (a phone number, a name) is theirs, and a screen shows personal data only masked anyway.
     */
    public static String of(Parent root) {
        StringBuilder out = new StringBuilder();
        collect(root, out);
        return out.toString().strip();
    }

    private static void collect(Node n, StringBuilder out) {
        if (!n.isVisible() || n instanceof TextInputControl) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.append(l.getText().strip()).append('\n');
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
