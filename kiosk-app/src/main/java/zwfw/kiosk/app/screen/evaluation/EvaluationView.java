package zwfw.kiosk.app.screen.evaluation;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import zwfw.kiosk.app.input.keyboard.OnScreenKeyboard;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.core.catalog.FieldType;

/**
 * Five face buttons (drawn, so no emoji font is needed), reason tags for 1–2, a comment typed on
 * the on-screen keyboard (pinyin or letters, at most {@value EvaluationViewModel#MAX_COMMENT}
 * characters, counted beside it), submit.
 */
public final class EvaluationView implements Screen {
    private static final Color[] COLOURS = {Color.web("#c62828"), Color.web("#ef6c00"), Color.web("#f9a825"),
        Color.web("#7cb342"), Color.web("#2e7d32")};
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final OnScreenKeyboard keyboard;

    public EvaluationView(EvaluationViewModel model) {
        root.setId("evaluation");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        root.setTop(title);
        ToggleGroup levels = new ToggleGroup();
        HBox faces = new HBox(24);
        faces.setAlignment(Pos.CENTER);
        for (int l = 5; l >= 1; l--) {
            int level = l;
            ToggleButton b = new ToggleButton();
            b.setId("level-" + l);
            b.getStyleClass().add("face-button");
            b.setToggleGroup(levels);
            Label text = new Label();
            text.textProperty().bind(model.levelText(l));
            VBox box = new VBox(12, face(l), text);
            box.setAlignment(Pos.CENTER);
            b.setGraphic(box);
            b.setOnAction(e -> model.choose(level));
            faces.getChildren().add(b);
        }
        Label why = new Label();
        why.textProperty().bind(model.reasonsPrompt());
        FlowPane reasons = new FlowPane(12, 12);
        for (String key : EvaluationViewModel.REASON_KEYS) {
            ToggleButton t = new ToggleButton();
            t.setId("reason-" + key.substring(key.lastIndexOf('.') + 1));
            t.getStyleClass().add("choice-button");
            t.textProperty().bind(model.reasonText(key));
            t.setOnAction(e -> model.toggle(key));
            reasons.getChildren().add(t);
        }
        VBox reasonBox = new VBox(16, why, reasons);
        reasonBox.visibleProperty().bind(model.reasonsNeeded());
        keyboard = new OnScreenKeyboard(model.messages());
        // Hidden until the comment is chosen, and then beside reasons and comment so the faces stay in view.
        keyboard.node().managedProperty().bind(keyboard.node().visibleProperty());
        why.setWrapText(true);
        VBox left = new VBox(16, reasonBox, comment(model));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox lower = new HBox(32, left, keyboard.node());
        VBox centre = new VBox(24, faces, lower);
        // In 长辈版 the keyboard's last row can fall below the fold once it appears: keep the bottom in view while typing.
        centre.heightProperty().addListener((o, a, b) -> {
            if (keyboard.node().isVisible()) {
                scroll.setVvalue(scroll.getVmax());
            }
        });
        centre.setAlignment(Pos.TOP_CENTER);
        // On a short screen, or in 长辈版, the whole still scrolls.
        scroll.setContent(centre);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("service-scroll");
        root.setCenter(scroll);
        Button submit = new Button();
        submit.setId("evaluation-submit");
        submit.getStyleClass().add("primary-button");
        submit.textProperty().bind(model.submitText());
        submit.disableProperty().bind(model.canSubmitProperty().not());
        submit.setOnAction(e -> model.submit());
        Button home = new Button();
        home.setId("evaluation-home");
        home.getStyleClass().add("secondary-button");
        home.textProperty().bind(model.homeText());
        home.setOnAction(e -> model.home());
        Button skip = new Button();
        skip.setId("evaluation-skip");
        skip.getStyleClass().add("secondary-button");
        skip.textProperty().bind(model.skipText());
        skip.setOnAction(e -> model.skip());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(16, home, gap, skip, submit);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.getStyleClass().add("bottom-bar");
        root.setBottom(bottom);
    }

    private Node comment(EvaluationViewModel model) {
        Label prompt = new Label();
        prompt.getStyleClass().add("field-label");
        prompt.textProperty().bind(model.commentPrompt());
        TextField field = new TextField();
        field.setId("evaluation-comment");
        field.getStyleClass().add("form-field");
        field.setTextFormatter(new TextFormatter<String>(change ->
                zwfw.kiosk.core.form.TextLimits.within(change.getControlNewText(), EvaluationViewModel.MAX_COMMENT) ? change : null));
        field.textProperty().bindBidirectional(model.commentProperty());
        Label count = new Label();
        count.setId("evaluation-comment-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(model.commentCount());
        count.setMinWidth(Region.USE_PREF_SIZE);
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                keyboard.target(field, FieldType.TEXT);
                scroll.setVvalue(scroll.getVmax());
            }
        });
        HBox line = new HBox(16, field, count);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        VBox box = new VBox(12, prompt, line);
        box.setId("evaluation-comment-box");
        return box;
    }

    /** A face whose mouth curves up for 4–5, is flat-ish for 3, and curves down for 1–2. */
    private static Node face(int level) {
        Color c = COLOURS[level - 1];
        Circle head = new Circle(48, c);
        Circle left = new Circle(-16, -12, 6, Color.WHITE);
        Circle right = new Circle(16, -12, 6, Color.WHITE);
        double curve = (level - 3) * 8;
        Arc mouth = new Arc(0, curve >= 0 ? 8 : 24, 20, Math.max(2, Math.abs(curve)), curve >= 0 ? 180 : 0, 180);
        mouth.setType(ArcType.OPEN);
        mouth.setFill(null);
        mouth.setStroke(Color.WHITE);
        mouth.setStrokeWidth(5);
        return new Group(head, left, right, mouth);
    }

    @Override
    public String name() {
        return "evaluation";
    }

    @Override
    public Parent view() {
        return root;
    }
}
