package zwfw.kiosk.app.screen.help;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The help panel over the visit's screen: status, staff's answer, the hotline in large digits, 取消呼叫 / 继续办理. */
public final class HelpPanelView {
    private final StackPane overlay = new StackPane();

    public HelpPanelView(HelpPanelViewModel model) {
        Label title = label("help-title", "screen-title");
        title.textProperty().bind(model.title());
        Label status = label("help-status", "help-status");
        status.textProperty().bind(model.status());
        Label answer = label("help-answer", "help-answer");
        answer.textProperty().bind(model.answer());
        answer.visibleProperty().bind(answer.textProperty().isNotEmpty());
        answer.managedProperty().bind(answer.visibleProperty());
        Label hotline = label("help-hotline", "help-hotline");
        hotline.textProperty().bind(model.hotlineText());
        Button cancel = new Button();
        cancel.setId("help-cancel");
        cancel.getStyleClass().add("secondary-button");
        cancel.textProperty().bind(model.cancelText());
        cancel.setOnAction(e -> model.cancelCall());
        cancel.visibleProperty().bind(model.callingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button back = new Button();
        back.setId("help-back");
        back.getStyleClass().add("primary-button");
        back.textProperty().bind(model.backText());
        back.setOnAction(e -> model.hide());
        HBox buttons = new HBox(24, cancel, back);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(28, title, status, answer, hotline, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("help-box");
        box.setMaxSize(1100, 640);
        overlay.getChildren().add(box);
        overlay.setId("help-panel");
        overlay.getStyleClass().add("idle-overlay");
        overlay.visibleProperty().bind(model.openProperty());
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(1000);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return l;
    }

    public Node node() {
        return overlay;
    }
}
