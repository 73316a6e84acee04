package zwfw.kiosk.app.screen.staff;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The staff panel's controls: PIN pad, then lock / unlock; laid over the whole window, taking every touch. */
public final class StaffPanelView {
    private final Timeline clock;

    private final StackPane overlay = new StackPane();

    public StaffPanelView(StaffPanelViewModel model) {
        Label title = label("staff-title", "screen-title");
        title.textProperty().bind(model.title());

        Label dots = label("staff-pin", "staff-pin");
        dots.textProperty().bind(model.dots());
        Label problem = label("staff-problem", "problem");
        problem.textProperty().bind(model.problem());
        problem.setWrapText(true);
        GridPane keys = new GridPane();
        keys.getStyleClass().add("keyboard");
        keys.setHgap(12);
        keys.setVgap(12);
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            keys.add(digit(model, d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = key("staff-key-clear", model.text("staff.pin.clear"));
        clear.setOnAction(e -> model.clear());
        Button ok = key("staff-key-ok", model.text("staff.pin.ok"));
        ok.setOnAction(e -> model.submit());
        ok.disableProperty().bind(model.checkingProperty());
        keys.add(clear, 0, 3);
        keys.add(digit(model, 0), 1, 3);
        keys.add(ok, 2, 3);
        VBox pinPage = new VBox(20, dots, problem, keys);
        pinPage.setAlignment(Pos.CENTER);
        pinPage.visibleProperty().bind(model.acceptedProperty().not());
        pinPage.managedProperty().bind(pinPage.visibleProperty());

        Label status = label("staff-status", "staff-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button lock = button("staff-lock", "primary-button", model.text("staff.lock"));
        lock.setOnAction(e -> model.lock());
        lock.visibleProperty().bind(model.staffLockedProperty().not());
        lock.managedProperty().bind(lock.visibleProperty());
        Button unlock = button("staff-unlock", "primary-button", model.text("staff.unlock"));
        unlock.setOnAction(e -> model.unlock());
        unlock.visibleProperty().bind(model.staffLockedProperty());
        unlock.managedProperty().bind(unlock.visibleProperty());
        Label actionProblem = label("staff-action-problem", "problem");
        actionProblem.textProperty().bind(model.problem());
        actionProblem.setWrapText(true);
        VBox actionPage = new VBox(24, status, actionProblem, lock, unlock);
        actionPage.setAlignment(Pos.CENTER);
        actionPage.visibleProperty().bind(model.acceptedProperty());
        actionPage.managedProperty().bind(actionPage.visibleProperty());

        Button close = button("staff-close", "secondary-button", model.text("staff.close"));
        close.setOnAction(e -> model.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER);

        VBox box = new VBox(24, title, pinPage, actionPage, bottom);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("idle-box", "staff-box");
        box.setMaxSize(820, 1000);
        overlay.getChildren().add(box);
        overlay.setId("staff-panel");
        overlay.getStyleClass().add("idle-overlay");
        overlay.visibleProperty().bind(model.openProperty());
        // Touches on the dimmed background stay here: they must not start a session underneath.
        overlay.setOnMouseClicked(javafx.event.Event::consume);
        overlay.setOnMousePressed(javafx.event.Event::consume);

        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.secondPassed()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    /** Stops the panel's clock: a running animation is held by JavaFX's timer, and with it this whole panel. */
    public void stop() {
        clock.stop();
    }

    public Node node() {
        return overlay;
    }

    private static Button digit(StaffPanelViewModel model, int d) {
        Button b = key("staff-key-" + d, null);
        b.setText(Integer.toString(d));
        b.setOnAction(e -> model.digit(d));
        return b;
    }

    private static Button key(String id, javafx.beans.value.ObservableValue<String> text) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().addAll("key", "staff-key");
        if (text != null) {
            b.textProperty().bind(text);
        }
        return b;
    }

    private static Button button(String id, String styleClass, javafx.beans.value.ObservableValue<String> text) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add(styleClass);
        b.textProperty().bind(text);
        return b;
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
