package zwfw.kiosk.app.screen.form;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;

/**
 * A text box filled in already with personal data (a phone from the identity), shown masked
 * ({@code 138****8000}) and sent as filled unless the citizen changes it: a tap on it, or a key typed
 * into it, empties it for another number (with that key's character), and from then on it is an
 * ordinary box bound to its value.
 */
final class MaskedField {
    private static final String STYLE = "masked-field";

    private MaskedField() {
    }

    static void show(TextField box, String masked, StringProperty value) {
        box.getStyleClass().add(STYLE);
        box.setText(masked);
        Runnable[] unmask = new Runnable[1];
        ChangeListener<String> typed = (o, was, now) -> {
            if (box.getStyleClass().contains(STYLE) && !masked.equals(now)) {
                // The keyboard typed into the masked text: keep only what it added.
                String added = now.startsWith(masked) ? now.substring(masked.length()) : "";
                unmask[0].run();
                value.set(added);
            }
        };
        unmask[0] = () -> {
            box.getStyleClass().remove(STYLE);
            box.textProperty().removeListener(typed);
            value.set("");
            box.textProperty().bindBidirectional(value);
        };
        box.textProperty().addListener(typed);
        box.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (box.getStyleClass().contains(STYLE)) {
                unmask[0].run();
            }
        });
    }

    /** Whether {@code n} still shows a masked value (it is then not focused for typing on its own). */
    static boolean isMasked(Node n) {
        return n.getStyleClass().contains(STYLE);
    }
}
