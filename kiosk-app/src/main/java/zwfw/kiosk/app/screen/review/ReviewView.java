package zwfw.kiosk.app.screen.review;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import zwfw.kiosk.app.speech.ScreenText;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;

/** The review screen: the summary as a two-column table, the paper warning, edit and confirm. */
public final class ReviewView implements Screen {
    private final ReviewViewModel model;
    private final BorderPane root = new BorderPane();
    private final GridPane table = new GridPane();

    public ReviewView(ReviewViewModel model, SessionBar bar) {
        this.model = model;
        root.setId("review");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        root.setTop(new VBox(16, bar.node(), title));
        table.setHgap(32);
        table.setVgap(16);
        table.getStyleClass().add("review-table");
        fill();
        model.localeProperty().addListener((o, a, b) -> fill());
        Label warning = new Label();
        warning.setId("printer-warning");
        warning.getStyleClass().add("problem");
        warning.setWrapText(true);
        warning.textProperty().bind(model.printerWarning());
        warning.visibleProperty().bind(model.printerOutProperty());
        root.setCenter(new VBox(32, table, warning));
        Button edit = new Button();
        edit.setId("review-edit");
        edit.getStyleClass().add("secondary-button");
        edit.textProperty().bind(model.editText());
        edit.setOnAction(e -> model.edit());
        Button confirm = new Button();
        confirm.setId("review-confirm");
        confirm.getStyleClass().add("primary-button");
        confirm.textProperty().bind(model.confirmText());
        confirm.setOnAction(e -> model.confirm());
        HBox bottom = new HBox(32, edit, confirm);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        root.setBottom(bottom);
    }

    private void fill() {
        table.getChildren().clear();
        int row = 0;
        for (ReviewViewModel.Line line : model.lines()) {
            Label l = new Label(line.label());
            l.getStyleClass().add("field-label");
            Label v = new Label(line.value());
            v.setId("review-value-" + row);
            v.getStyleClass().addAll("review-value", ScreenText.PERSONAL); // the answers may be personal: never read aloud
            table.addRow(row++, l, v);
        }
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public Parent view() {
        return root;
    }
}
