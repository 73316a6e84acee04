package zwfw.kiosk.app.screen.maintenance.pin;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The PIN pad's controls: dots, what is wrong, the digits. */
public final class PinPadView {
    private final VBox root;

    public PinPadView(PinPadViewModel model) {
        Label dots = new Label();
        dots.setId("staff-pin");
        dots.getStyleClass().add("staff-pin");
        dots.textProperty().bind(model.dots());
        Label problem = new Label();
        problem.setId("staff-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        GridPane keys = new GridPane();
        keys.getStyleClass().add("keyboard");
        keys.setHgap(12);
        keys.setVgap(12);
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            keys.add(digit(model, d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = key("staff-key-clear");
        clear.textProperty().bind(model.text("staff.pin.clear"));
        clear.setOnAction(e -> model.clear());
        Button ok = key("staff-key-ok");
        ok.textProperty().bind(model.text("staff.pin.ok"));
        ok.setOnAction(e -> model.submit());
        ok.disableProperty().bind(model.checkingProperty());
        keys.add(clear, 0, 3);
        keys.add(digit(model, 0), 1, 3);
        keys.add(ok, 2, 3);
        root = new VBox(20, dots, problem, keys);
        root.setAlignment(Pos.CENTER);
    }

    public Node node() {
        return root;
    }

    private static Button digit(PinPadViewModel model, int d) {
        Button b = key("staff-key-" + d);
        b.setText(Integer.toString(d));
        b.setOnAction(e -> model.digit(d));
        return b;
    }

    private static Button key(String id) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().addAll("key", "staff-key");
        return b;
    }
}
