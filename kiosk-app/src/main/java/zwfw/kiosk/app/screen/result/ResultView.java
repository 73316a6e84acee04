package zwfw.kiosk.app.screen.result;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;

/** The result screen: outcome, receipt progress or QR code, evaluate and finish. */
public final class ResultView implements Screen {
    private final BorderPane root = new BorderPane();

    public ResultView(ResultViewModel model) {
        root.setId("result");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.setId("result-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        Label detail = new Label();
        detail.setId("result-detail");
        detail.getStyleClass().add("result-detail");
        detail.textProperty().bind(model.detail());
        Label receipt = new Label();
        receipt.setId("result-receipt");
        receipt.getStyleClass().add("hint");
        receipt.setWrapText(true);
        receipt.textProperty().bind(model.receipt());
        ProgressBar progress = new ProgressBar();
        progress.setId("receipt-progress");
        progress.setPrefWidth(600);
        progress.visibleProperty().bind(model.printingProperty());
        Label document = new Label();
        document.setId("result-document");
        document.getStyleClass().add("hint");
        document.setWrapText(true);
        document.textProperty().bind(model.document());
        ProgressBar pages = new ProgressBar();
        pages.setId("document-progress");
        pages.setPrefWidth(600);
        pages.progressProperty().bind(model.documentProgressProperty());
        pages.visibleProperty().bind(model.documentsPrintingProperty());
        pages.managedProperty().bind(model.documentsPrintingProperty());
        ImageView qr = new ImageView();
        qr.setId("receipt-qr");
        qr.visibleProperty().bind(model.showQrProperty());
        model.showQrProperty().addListener((o, was, now) -> {
            if (now) {
                qr.setImage(QrImage.of(model.qrText(), 320));
            }
        });
        if (model.showQrProperty().get()) { // known at once: a certificate the A4 printer could not print
            qr.setImage(QrImage.of(model.qrText(), 320));
        }
        VBox centre = new VBox(32, title, detail, progress, receipt, pages, document, qr);
        centre.setAlignment(Pos.CENTER);
        root.setCenter(centre);
        Button finish = new Button();
        finish.setId("result-finish");
        finish.getStyleClass().add("secondary-button");
        finish.textProperty().bind(model.finishText());
        finish.setOnAction(e -> model.finish());
        Button evaluate = new Button();
        evaluate.setId("result-evaluate");
        evaluate.getStyleClass().add("primary-button");
        evaluate.textProperty().bind(model.evaluateText());
        evaluate.setOnAction(e -> model.evaluate());
        evaluate.setVisible(model.canEvaluate());
        HBox bottom = new HBox(32, finish, evaluate);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        root.setBottom(bottom);
    }

    @Override
    public String name() {
        return "result";
    }

    @Override
    public Parent view() {
        return root;
    }
}
