package zwfw.kiosk.app.screen;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The window's content: one screen at a time, with overlays (the idle countdown) above it. Only
 * the FX thread calls it; device threads hop over with {@code Platform.runLater} first.
 */
public final class ScreenHost {
    private final StackPane root = new StackPane();
    private final StackPane content = new StackPane();
    /** The screen and the overlays that cover it but leave the header free. */
    private final StackPane belowHeader = new StackPane(content);
    private final javafx.scene.layout.BorderPane frame = new javafx.scene.layout.BorderPane(belowHeader);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private Screen shown;

    public ScreenHost() {
        root.getStyleClass().add("kiosk-root");
        frame.getStyleClass().add("screen-frame");
        root.getChildren().add(frame);
    }

    public StackPane root() {
        return root;
    }

    public void show(Screen screen) {
        if (shown != null) {
            shown.hidden();
        }
        shown = screen;
        content.getChildren().setAll(screen.view());
        current.set(screen.name());
        screen.shown();
    }

    /**
     * The header above the screen ({@code null}: none): a frame around whatever screen shows, so the screens know
     * nothing of it. Out of the scene graph while not shown, so no lookup finds its buttons.
     */
    public void header(Node header) {
        if (frame.getTop() != header) {
            frame.setTop(header);
        }
    }

    /** Puts {@code overlay} above every screen; it shows itself when it needs to. */
    public void addOverlay(Node overlay) {
        root.getChildren().add(overlay);
    }

    /**
     * Puts {@code overlay} above the screen but under the header, whose buttons (返回首页, 长辈版, the language) stay
     * within reach while it shows (the help panel).
     */
    public void addOverlayBelowHeader(Node overlay) {
        belowHeader.getChildren().add(overlay);
    }

    /** The name of the screen on the window. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen currentScreen() {
        return shown;
    }
}
