package zwfw.kiosk.app.screen.attract;

import java.time.Clock;
import java.time.LocalDateTime;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import zwfw.kiosk.app.screen.Screen;

/** The attract screen's controls, bound to an {@link AttractViewModel}; the clock ticks while shown. */
public final class AttractView implements Screen {
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
        HBox top = new HBox(language);
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

        root.getChildren().addAll(page, outOfService);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(LocalDateTime.now(clock))));
        ticker.setCycleCount(Timeline.INDEFINITE);
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
