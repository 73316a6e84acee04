package zwfw.kiosk.app.screen.reminder;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.core.visit.Belonging;

/**
 * The visit is over but a card is still in a reader: "请取走您的身份证" in very large type, until the
 * card is taken (the visit hears it from the reader). A tap lets the next citizen start, never with
 * the card left there.
 */
public final class TakeYourThingsView implements Screen {
    private final VBox root;

    public TakeYourThingsView(Messages messages, Set<Belonging> left, Runnable start) {
        Label title = new Label();
        title.setId("take-title");
        title.getStyleClass().addAll("screen-title", "take-title");
        title.setWrapText(true);
        title.textProperty().bind(messages.text("takeYourThings.title"));
        Label what = new Label();
        what.setId("take-what");
        what.getStyleClass().add("take-what");
        what.setWrapText(true);
        StringBinding items = messages.compute(() -> left.stream().sorted()
                .map(b -> messages.get("takeYourThings." + b.name())).collect(Collectors.joining("\n")));
        what.textProperty().bind(items);
        Label next = new Label();
        next.setId("take-next");
        next.getStyleClass().add("hint");
        next.textProperty().bind(messages.text("takeYourThings.next"));
        root = new VBox(48, title, what, next);
        root.setId("take-your-things");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().addAll("page", "take-your-things");
        root.setOnMouseClicked(e -> start.run());
    }

    @Override
    public String name() {
        return "takeYourThings";
    }

    @Override
    public Parent view() {
        return root;
    }
}
