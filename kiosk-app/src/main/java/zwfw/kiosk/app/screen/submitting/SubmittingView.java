package zwfw.kiosk.app.screen.submitting;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;

/**
 * Shown while the case goes to the outbox and the platform, which happens off the FX thread: the
 * spinner keeps turning, so the screen is never frozen. Nothing to tap; the navigator moves on.
 */
public final class SubmittingView implements Screen {
    private final VBox root;

    public SubmittingView(StringBinding text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("submitting-progress");
        spinner.setPrefSize(160, 160);
        Label label = new Label();
        label.setId("submitting-text");
        label.getStyleClass().add("screen-title");
        label.textProperty().bind(text);
        root = new VBox(48, spinner, label);
        root.setId("submitting");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("page");
    }

    @Override
    public String name() {
        return "submitting";
    }

    @Override
    public Parent view() {
        return root;
    }
}
