package zwfw.kiosk.app.screen.identify;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import zwfw.kiosk.app.speech.ScreenText;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;
import zwfw.kiosk.core.visit.IdentifyRole;

/**
 * The identify screen: two ways side by side, each with a small animation of where the card or the
 * phone goes, a "checking" spinner, a problem line and what to do when reading fails.
 */
public final class IdentifyView implements Screen {
    private final BorderPane root = new BorderPane();
    private final PlacementAnimation placement = new PlacementAnimation();

    public IdentifyView(IdentifyViewModel model, SessionBar bar) {
        root.setId("identify");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        VBox top = new VBox(16, bar.node(), title);
        if (model.showsSteps()) {
            top.getChildren().add(steps(model));
        }
        root.setTop(top);

        Label card = new Label();
        card.setId("identify-card");
        card.getStyleClass().add("choice-panel");
        card.setWrapText(true);
        card.textProperty().bind(model.cardPrompt());
        card.setGraphic(placement.cardGraphic());
        card.setContentDisplay(ContentDisplay.TOP);
        card.setGraphicTextGap(32);
        Label qr = new Label();
        qr.setId("identify-qr");
        qr.getStyleClass().add("choice-panel");
        qr.setWrapText(true);
        qr.textProperty().bind(model.qrPrompt());
        qr.setGraphic(placement.phoneGraphic());
        qr.setContentDisplay(ContentDisplay.TOP);
        qr.setGraphicTextGap(32);
        HBox ways = new HBox(48, card, qr);
        ways.setAlignment(Pos.CENTER);

        ProgressIndicator spinner = new ProgressIndicator();
        Label checking = new Label();
        checking.textProperty().bind(model.checkingText());
        HBox busy = new HBox(16, spinner, checking);
        busy.setAlignment(Pos.CENTER);
        busy.visibleProperty().bind(model.checkingProperty());
        Label problem = new Label();
        problem.setId("identify-problem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problem());
        Label help = new Label();
        help.setId("identify-help");
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        help.textProperty().bind(model.help());
        // Checking and a problem never show together: one place for both, so 长辈版 in English keeps a line for its texts.
        javafx.scene.layout.StackPane status = new javafx.scene.layout.StackPane(busy, problem);
        VBox centre = new VBox(24, ways, status, help); // 24: the room of the animations' glide (PlacementAnimation)
        if (model.step() == IdentifyRole.APPLICANT) {
            Label agent = new Label();
            agent.setId("identify-agent-note");
            agent.getStyleClass().addAll("agent-note", ScreenText.PERSONAL); // names the agent
            agent.setWrapText(true);
            agent.textProperty().bind(model.agentNote());
            centre.getChildren().add(0, agent);
        }
        centre.setAlignment(Pos.CENTER);
        root.setCenter(centre);
        if (model.offersOnBehalf()) {
            root.setBottom(onBehalf(model));
        }
    }

    /** Filing for oneself is the default; "为他人代办" is the secondary way, at the bottom. */
    private static javafx.scene.layout.GridPane onBehalf(IdentifyViewModel model) {
        javafx.scene.control.Button agent = new javafx.scene.control.Button();
        agent.setId("identify-agent");
        agent.getStyleClass().add("secondary-button");
        agent.textProperty().bind(model.onBehalfText());
        agent.setOnAction(e -> model.chooseOnBehalf());
        Label detail = new Label();
        detail.setId("identify-agent-detail");
        detail.getStyleClass().add("hint");
        detail.setWrapText(true);
        detail.textProperty().bind(model.onBehalfDetail());
        // The button's words stay whole and the detail wraps in the room left: in a row the two shrank alike and
        // English 长辈版 read "For someone else (...". The style sheet's min-width outranks one set here, the column's does not.
        javafx.scene.layout.GridPane bottom = new javafx.scene.layout.GridPane();
        bottom.setHgap(24);
        bottom.addRow(0, agent, detail);
        javafx.scene.layout.ColumnConstraints button = new javafx.scene.layout.ColumnConstraints();
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints words = new javafx.scene.layout.ColumnConstraints();
        words.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        bottom.getColumnConstraints().addAll(button, words);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("bottom-bar");
        return bottom;
    }

    /** 第1步 代办人 / 第2步 申请人, the current one marked. */
    private static HBox steps(IdentifyViewModel model) {
        Label agent = new Label();
        agent.setId("identify-step-agent");
        agent.textProperty().bind(model.agentStepText());
        Label applicant = new Label();
        applicant.setId("identify-step-applicant");
        applicant.textProperty().bind(model.applicantStepText());
        for (Label l : new Label[] {agent, applicant}) {
            l.getStyleClass().add("agent-step");
        }
        (model.step() == IdentifyRole.AGENT ? agent : applicant).getStyleClass().add("agent-step-current");
        (model.step() == IdentifyRole.AGENT ? applicant : agent).getStyleClass().add(
                model.step() == IdentifyRole.AGENT ? "agent-step-next" : "agent-step-done");
        HBox steps = new HBox(24, agent, applicant);
        steps.setId("identify-steps");
        steps.setAlignment(Pos.CENTER_LEFT);
        return steps;
    }

    @Override
    public String name() {
        return "identify";
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void shown() {
        placement.play();
    }

    @Override
    public void hidden() {
        placement.stop();
    }

    /** Tests check the animation runs only while the screen is shown. */
    boolean isAnimating() {
        return placement.isPlaying();
    }
}
