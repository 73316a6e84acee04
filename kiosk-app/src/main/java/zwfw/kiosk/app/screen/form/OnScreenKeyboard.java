package zwfw.kiosk.app.screen.form;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import zwfw.kiosk.core.catalog.FieldType;

/**
 * Keys of at least 80 px for the field being filled: digits (and X for ID numbers, "-" for dates)
 * always; letters for text fields. Chinese text comes from the system input method where one is
 * installed; the kiosk's own forms ask for numbers, dates and choices wherever it can.
 */
final class OnScreenKeyboard {
    private static final String DIGITS = "123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private final VBox box = new VBox(12);
    private final GridPane digits = new GridPane();
    private final GridPane letters = new GridPane();
    private final Button x = key("X");
    private final Button dash = key("-");
    private TextField target;

    OnScreenKeyboard() {
        box.setId("keyboard");
        box.getStyleClass().add("keyboard");
        digits.setHgap(8);
        digits.setVgap(8);
        letters.setHgap(6);
        letters.setVgap(6);
        for (int i = 0; i < DIGITS.length(); i++) {
            digits.add(key(String.valueOf(DIGITS.charAt(i))), i % 3, i / 3);
        }
        digits.add(x, 0, 3);
        digits.add(key("0"), 1, 3);
        Button back = new Button("⌫");
        back.setId("key-backspace");
        back.getStyleClass().add("key");
        back.setFocusTraversable(false);
        back.setOnAction(e -> {
            if (target != null && !target.getText().isEmpty()) {
                target.setText(target.getText().substring(0, target.getText().length() - 1));
            }
        });
        digits.add(back, 2, 3);
        digits.add(dash, 0, 4);
        for (int i = 0; i < LETTERS.length(); i++) {
            letters.add(key(String.valueOf(LETTERS.charAt(i))), i % 6, i / 6);
        }
        box.getChildren().addAll(digits, letters);
        box.setVisible(false);
    }

    private Button key(String text) {
        Button b = new Button(text);
        b.setId("key-" + text);
        b.getStyleClass().add("key");
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            if (target != null) {
                target.appendText(text);
            }
        });
        return b;
    }

    /** Types into {@code field}, showing the keys its type needs. */
    void target(TextField field, FieldType type) {
        this.target = field;
        box.setVisible(true);
        boolean text = type == FieldType.TEXT;
        letters.setVisible(text);
        letters.setManaged(text);
        x.setDisable(!(type == FieldType.ID_NUMBER || text));
        dash.setDisable(!(type == FieldType.DATE || text));
    }

    Node node() {
        return box;
    }
}
