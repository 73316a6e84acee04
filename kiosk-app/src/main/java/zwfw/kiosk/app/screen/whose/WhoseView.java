package zwfw.kiosk.app.screen.whose;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import zwfw.kiosk.app.speech.ScreenText;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;

/** Two big choices side by side, each with a line saying what follows; the card note above them. */
public final class WhoseView implements Screen {
    private final BorderPane root = new BorderPane();

    public WhoseView(WhoseViewModel model, SessionBar bar) {
        root.setId("whose");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        root.setTop(new VBox(16, bar.node(), title));

        Label note = new Label();
        note.setId("whose-card-note");
        note.getStyleClass().addAll("whose-note", ScreenText.PERSONAL); // names the card holder
        note.setWrapText(true);
        note.textProperty().bind(model.cardNote());
        note.setVisible(model.cardRead());
        note.setManaged(model.cardRead());
        VBox self = choice("whose-self", model.selfText(), model.selfDetail(), model::chooseSelf);
        VBox agent = choice("whose-agent", model.agentText(), model.agentDetail(), model::chooseOnBehalf);
        HBox choices = new HBox(48, self, agent);
        choices.setAlignment(Pos.CENTER);
        VBox centre = new VBox(48, note, choices);
        centre.setAlignment(Pos.CENTER);
        root.setCenter(centre);
    }

    private static VBox choice(String id, StringBinding text, StringBinding detail, Runnable chosen) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("whose-choice");
        b.setWrapText(true);
        b.textProperty().bind(text);
        b.setOnAction(e -> chosen.run());
        Label d = new Label();
        d.setId(id + "-detail");
        d.getStyleClass().add("whose-detail");
        d.setWrapText(true);
        d.textProperty().bind(detail);
        d.maxWidthProperty().bind(b.widthProperty());
        d.setAlignment(Pos.TOP_CENTER);
        VBox box = new VBox(16, b, d);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    @Override
    public String name() {
        return "whose";
    }

    @Override
    public Parent view() {
        return root;
    }
}
