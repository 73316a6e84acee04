package zwfw.kiosk.app.screen.attract;

import java.time.Clock;
import java.time.LocalDateTime;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import zwfw.kiosk.app.screen.Screen;

/** The attract screen's controls, bound to an {@link AttractViewModel}; the clock ticks while shown. */
public final class AttractView implements Screen {
    /** How long staff hold the hidden corner to open the staff panel. */
    public static final Duration STAFF_HOLD = Duration.seconds(3);
    private static final double STAFF_CORNER = 140;
    private final AttractViewModel model;
    private final Clock clock;
    private final StackPane root = new StackPane();
    private final Timeline ticker;

    public AttractView(AttractViewModel model, Clock clock, StringBinding staffedHallText) {
        this.model = model;
        this.clock = clock;
        root.getStyleClass().add("attract");
        root.setId("attract");

        Label centre = label("attract-centre", "centre-name");
        centre.textProperty().bind(model.centreProperty());
        Label title = label("attract-title", "screen-title");
        title.textProperty().bind(model.title());
        Label date = label("attract-date", "attract-date");
        date.textProperty().bind(model.date());
        Label time = label("attract-time", "attract-time");
        time.textProperty().bind(model.time());
        Label prompt = label("attract-prompt", "attract-prompt");
        prompt.textProperty().bind(model.prompt());
        prompt.setWrapText(true);

        VBox middle = new VBox(24, centre, title, time, date, prompt);
        middle.setAlignment(Pos.CENTER);

        Button language = new Button();
        language.setId("language-toggle");
        language.getStyleClass().add("language-toggle");
        language.textProperty().bind(model.languageToggle());
        language.setOnAction(e -> {
            model.toggleLanguage();
            e.consume();
        });
        Button elderly = new Button();
        elderly.setId("attract-elderly");
        elderly.getStyleClass().addAll("language-toggle", "attract-elderly");
        elderly.textProperty().bind(model.elderlyStartText());
        elderly.setOnAction(e -> {
            model.startElderly();
            e.consume();
        });
        HBox top = new HBox(24, elderly, language);
        top.setAlignment(Pos.TOP_RIGHT);

        BorderPane page = new BorderPane(middle);
        page.setTop(top);
        page.getStyleClass().add("page");
        // A tap anywhere but on the language button starts a session.
        page.setOnMouseClicked(e -> model.start());

        Label oosTitle = label("out-of-service-title", "out-of-service-title");
        oosTitle.textProperty().bind(model.outOfServiceTitle());
        Label oosReason = label("out-of-service-reason", "out-of-service-reason");
        oosReason.textProperty().bind(model.outOfServiceReason());
        oosReason.setWrapText(true);
        Label hall = label("out-of-service-hall", "out-of-service-hall");
        hall.textProperty().bind(staffedHallText);
        hall.setWrapText(true);
        VBox outOfService = new VBox(32, oosTitle, oosReason, hall);
        outOfService.setId("out-of-service");
        outOfService.getStyleClass().add("out-of-service");
        outOfService.setAlignment(Pos.CENTER);
        outOfService.visibleProperty().bind(model.outOfServiceProperty());
        outOfService.managedProperty().bind(model.outOfServiceProperty());

        root.getChildren().addAll(page, outOfService, staffCorner(model));

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(LocalDateTime.now(clock))));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * The hidden staff entry: holding the top-left corner for {@link #STAFF_HOLD} opens the staff
     * panel. It lies above the out-of-service panel too, and swallows taps so none starts a session.
     */
    private static Region staffCorner(AttractViewModel model) {
        Region corner = new Region();
        corner.setId("staff-corner");
        corner.setPickOnBounds(true);
        corner.setMinSize(STAFF_CORNER, STAFF_CORNER);
        corner.setMaxSize(STAFF_CORNER, STAFF_CORNER);
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        PauseTransition hold = new PauseTransition(STAFF_HOLD);
        hold.setOnFinished(e -> model.staffEntry());
        corner.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            hold.playFromStart();
            e.consume();
        });
        corner.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            hold.stop();
            e.consume();
        });
        corner.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hold.stop());
        corner.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        return corner;
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }

    @Override
    public String name() {
        return "attract";
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void shown() {
        model.tick(LocalDateTime.now(clock));
        ticker.play();
    }

    @Override
    public void hidden() {
        ticker.stop();
    }
}
