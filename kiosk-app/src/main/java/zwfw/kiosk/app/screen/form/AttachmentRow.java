package zwfw.kiosk.app.screen.form;

import java.io.ByteArrayInputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import zwfw.kiosk.core.attachment.EncodedPage;

/**
 * The controls of one attachment field: a large "拍摄材料" button, where to put the paper, "1/3",
 * a spinner while the camera works, the camera's problem in plain words, and a thumbnail of each
 * page with a large × under it to delete it.
 */
final class AttachmentRow {
    private static final double THUMB_HEIGHT = 220;

    private final AttachmentFieldModel model;
    private final FlowPane thumbnails = new FlowPane(16, 16);
    private final VBox node;
    /** Decoded once per page (the FX thread decodes), dropped with the page. */
    private final Map<EncodedPage, Image> thumbs = new IdentityHashMap<>();
    /** Held here and weakly by the model, so a row rebuilt on a language switch does not linger. */
    private final ListChangeListener<EncodedPage> onPages = c -> showPages();

    AttachmentRow(AttachmentFieldModel model) {
        this.model = model;
        String name = model.field().name();
        Button capture = new Button();
        capture.setId("capture-" + name);
        capture.getStyleClass().addAll("primary-button", "capture-button");
        capture.textProperty().bind(model.captureText());
        capture.disableProperty().bind(model.canCapture().not());
        capture.setOnAction(e -> model.capture());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("capture-busy-" + name);
        spinner.setPrefSize(64, 64);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());
        Label busy = new Label();
        busy.getStyleClass().add("hint");
        busy.textProperty().bind(model.busyText());
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        Label count = new Label();
        count.setId("capture-count-" + name);
        count.getStyleClass().add("capture-count");
        count.textProperty().bind(model.countText());
        HBox controls = new HBox(24, capture, count, spinner, busy);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.getStyleClass().addAll("hint", "capture-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintText());
        Label problem = new Label();
        problem.setId("capture-problem-" + name);
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemText());
        thumbnails.setId("capture-pages-" + name);
        model.pages().addListener(new WeakListChangeListener<>(onPages));
        node = new VBox(12, hint, controls, problem, thumbnails);
        node.getProperties().put(AttachmentRow.class, this); // the row lives as long as its node is shown
        showPages();
    }

    Node node() {
        return node;
    }

    private void showPages() {
        thumbnails.getChildren().clear();
        java.util.Set<EncodedPage> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(model.pages());
        thumbs.keySet().retainAll(current);
        String name = model.field().name();
        for (int i = 0; i < model.pages().size(); i++) {
            EncodedPage page = model.pages().get(i);
            ImageView view = new ImageView(thumbs.computeIfAbsent(page,
                    p -> new Image(new ByteArrayInputStream(p.jpeg()), 0, THUMB_HEIGHT, true, true)));
            view.setId("capture-thumb-" + name + "-" + i);
            Button delete = new Button();
            delete.setId("capture-delete-" + name + "-" + i);
            delete.getStyleClass().add("page-delete");
            delete.textProperty().bind(model.deleteText());
            int index = i;
            delete.setOnAction(e -> model.remove(index));
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("page-thumb");
            VBox tile = new VBox(8, frame, delete); // the × under its page, so it hides nothing of it
            tile.setAlignment(Pos.TOP_CENTER);
            thumbnails.getChildren().add(tile);
        }
    }
}
