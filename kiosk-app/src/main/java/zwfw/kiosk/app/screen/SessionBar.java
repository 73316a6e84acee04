package zwfw.kiosk.app.screen;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import zwfw.kiosk.app.i18n.Messages;

/** The bar on top of every session screen: end the session, switch language, 长辈版. */
public final class SessionBar {
    private final HBox bar;

    public SessionBar(Messages messages, Runnable endSession, Runnable toggleElderly) {
        Button end = button("end-session", messages);
        end.textProperty().bind(messages.text("session.end"));
        end.setOnAction(e -> endSession.run());
        Button language = button("language-toggle", messages);
        language.textProperty().bind(messages.text("language.switchTo"));
        language.setOnAction(e -> messages.toggle());
        Button elderly = button("elderly-toggle", messages);
        elderly.textProperty().bind(messages.text("elderly.toggle"));
        elderly.setOnAction(e -> toggleElderly.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar = new HBox(16, end, gap, elderly, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("session-bar");
    }

    private static Button button(String id, Messages messages) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("bar-button");
        return b;
    }

    public Node node() {
        return bar;
    }
}
