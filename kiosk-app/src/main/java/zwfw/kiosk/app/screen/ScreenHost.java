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
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private Screen shown;

    public ScreenHost() {
        root.getStyleClass().add("kiosk-root");
        root.getChildren().add(content);
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

    /** Puts {@code overlay} above every screen; it shows itself when it needs to. */
    public void addOverlay(Node overlay) {
        root.getChildren().add(overlay);
    }

    /** The name of the screen on the window. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen currentScreen() {
        return shown;
    }
}
