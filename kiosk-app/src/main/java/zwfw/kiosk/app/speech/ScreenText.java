package zwfw.kiosk.app.speech;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a screen says, as a reader would read it aloud: the visible titles, instructions, choices and errors
 * in the order of the scene graph. Never what a citizen typed (text fields), never a node styled
 * {@value #PERSONAL} (masked names, ID numbers, form answers on the review) nor one styled {@value #SILENT}
 * (decoration, the clock). Call on the FX thread.
 */
public final class ScreenText {
    /** Style class of nodes that show personal data: never read aloud. */
    public static final String PERSONAL = "personal-data";
    /** Style class of nodes not worth reading (icons' glyphs, the ticking clock). */
    public static final String SILENT = "not-spoken";

    private ScreenText() {
    }

    public static List<String> of(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getStyleClass().contains(PERSONAL)
                || node.getStyleClass().contains(SILENT) || node instanceof TextInputControl) {
            return;
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null && !text.isBlank() && (out.isEmpty() || !out.get(out.size() - 1).equals(text.strip()))) {
            out.add(text.strip());
        }
        if (node instanceof Labeled l) {
            if (l.getGraphic() != null) {
                collect(l.getGraphic(), out); // a card's words are often its button's graphic
            }
            return; // the skin's own Text node would repeat the label
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
