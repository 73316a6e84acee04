package zwfw.kiosk.app.screen.idle;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The countdown overlay, a one-second clock, and the touch watcher on the whole scene. */
public final class IdleView {
    private final StackPane overlay = new StackPane();

    public IdleView(IdleViewModel model) {
        Label question = new Label();
        question.setId("idle-question");
        question.getStyleClass().add("screen-title");
        question.textProperty().bind(model.question());
        Label countdown = new Label();
        countdown.setId("idle-countdown");
        countdown.getStyleClass().add("idle-countdown");
        countdown.textProperty().bind(model.countdownText());
        Button more = new Button();
        more.setId("idle-more-time");
        more.getStyleClass().add("primary-button");
        more.textProperty().bind(model.moreTimeText());
        more.setOnAction(e -> model.activity());
        VBox box = new VBox(32, question, countdown, more);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("idle-box");
        box.setMaxSize(900, 500);
        overlay.getChildren().add(box);
        overlay.setId("idle-overlay");
        overlay.getStyleClass().add("idle-overlay");
        overlay.visibleProperty().bind(model.askingProperty());
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.secondPassed()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        this.model = model;
    }

    private final IdleViewModel model;
    private final Timeline clock;

    /** Stops the countdown's clock: a running animation is held by JavaFX's timer, and with it this whole screen. */
    public void stop() {
        clock.stop();
    }

    public Node node() {
        return overlay;
    }

    /** Every touch, click, key or scroll anywhere counts as activity. */
    public void watch(Scene scene) {
        javafx.event.EventHandler<Event> touch = e -> model.activity();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, touch::handle);
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, touch::handle);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, touch::handle);
        scene.addEventFilter(ScrollEvent.SCROLL, touch::handle);
    }
}
