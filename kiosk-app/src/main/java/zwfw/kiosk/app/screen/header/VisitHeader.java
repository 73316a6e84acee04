package zwfw.kiosk.app.screen.header;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The header above every visit screen, whatever the screen shows: a strip with the centre, the kiosk's number, the
 * seconds left (once they run low) and the time; then 返回首页, the service's steps, 朗读 and 音量 (when the kiosk
 * has a voice: {@code speech.ReadAloud}), 呼叫帮助, 长辈版 and the language. The screens below know nothing of it.
 */
public final class VisitHeader {
    /** What the header's buttons do. */
    public interface Actions {
        void endVisit();

        void callHelp();

        void readAloud();

        void louder();

        void toggleElderly();

        void toggleLanguage();
    }

    private final VisitHeaderModel model;
    private final VBox root = new VBox();
    private final HBox stepBox = new HBox(8);
    private final HBox info;
    private final HBox bar;
    private final Timeline ticker;

    public VisitHeader(VisitHeaderModel model, Actions actions) {
        this.model = model;
        root.setId("visit-header");
        root.getStyleClass().add("visit-header");

        Label centre = label("header-centre", "header-centre");
        centre.setText(model.centre());
        Label kiosk = label("header-kiosk", "header-info");
        kiosk.textProperty().bind(model.kioskText());
        Label countdown = label("header-countdown", "header-countdown");
        countdown.textProperty().bind(model.countdownText());
        countdown.visibleProperty().bind(model.countdownShown());
        Label time = label("header-time", "header-time");
        time.textProperty().bind(model.timeText());
        Region infoGap = new Region();
        HBox.setHgrow(infoGap, Priority.ALWAYS);
        info = new HBox(24, centre, kiosk, infoGap, countdown, time);
        info.setAlignment(Pos.CENTER_LEFT);
        info.getStyleClass().add("header-strip");

        Button end = button("end-session", "bar-button");
        end.textProperty().bind(model.endText());
        end.setOnAction(e -> actions.endVisit());
        stepBox.setId("step-indicator");
        stepBox.setAlignment(Pos.CENTER);
        stepBox.getStyleClass().add("step-indicator");
        HBox.setHgrow(stepBox, Priority.ALWAYS);
        model.steps().addListener((ListChangeListener<VisitHeaderModel.StepMark>) c -> showSteps());
        Button read = button("read-aloud", "bar-button");
        read.textProperty().bind(model.readAloudText());
        read.visibleProperty().bind(model.readAloudAvailable());
        read.managedProperty().bind(model.readAloudAvailable());
        read.setOnAction(e -> actions.readAloud());
        Button louder = button("volume-louder", "bar-button");
        louder.textProperty().bind(model.volumeText());
        louder.visibleProperty().bind(model.readAloudAvailable());
        louder.managedProperty().bind(model.readAloudAvailable());
        louder.setOnAction(e -> actions.louder());
        Button help = button("help-call", "bar-button");
        help.getStyleClass().add("help-button");
        help.textProperty().bind(model.helpText());
        help.setOnAction(e -> actions.callHelp());
        Button elderly = button("elderly-toggle", "bar-button");
        elderly.textProperty().bind(model.elderlyText());
        elderly.setOnAction(e -> actions.toggleElderly());
        model.elderly().addListener((o, was, on) -> pressed(elderly, on));
        pressed(elderly, model.elderly().get());
        Button language = button("language-toggle", "bar-button");
        language.textProperty().bind(model.languageText());
        language.setOnAction(e -> actions.toggleLanguage());
        bar = new HBox(16, end, stepBox, read, louder, help, elderly, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("session-bar");
        root.getChildren().addAll(info, bar);
        model.elderly().addListener((o, was, on) -> placeSteps(on));
        placeSteps(model.elderly().get());

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        showSteps();
    }

    /**
     * 长辈版's buttons are half as large again and need the whole row (in English they were cut to "H…", "Call for …"
     * beside the steps): there the steps go up to the strip, beside the kiosk's number, which costs a few pixels of
     * height instead of the 70 a row of their own would take from the 长辈版 form and its keyboard.
     */
    private void placeSteps(boolean elderlyMode) {
        HBox to = elderlyMode ? info : bar;
        if (stepBox.getParent() == to) {
            return;
        }
        ((HBox) stepBox.getParent()).getChildren().remove(stepBox);
        to.getChildren().add(elderlyMode ? 2 : 1, stepBox); // the strip: after the centre and the kiosk; the bar: after 返回首页
    }

    private static void pressed(Button b, boolean on) {
        b.getStyleClass().remove("toggle-on");
        if (on) {
            b.getStyleClass().add("toggle-on");
        }
    }

    private void showSteps() {
        stepBox.getChildren().clear();
        for (VisitHeaderModel.StepMark m : model.steps()) {
            if (!stepBox.getChildren().isEmpty()) {
                Label dot = new Label("·");
                dot.getStyleClass().add("step-separator");
                stepBox.getChildren().add(dot);
            }
            Label step = label("step-" + m.number(), "step");
            step.getStyleClass().add("step-" + m.state().name().toLowerCase(java.util.Locale.ROOT));
            step.textProperty().bind(model.stepText(m));
            step.getStyleClass().add(zwfw.kiosk.app.speech.ScreenText.SILENT); // the header is not the screen's text
            stepBox.getChildren().add(step);
        }
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String id, String styleClass) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add(styleClass);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    public Node node() {
        return root;
    }

    /** The clock ticks while a visit is on the window, and is stopped otherwise (a running animation holds the kiosk). */
    public void running(boolean on) {
        if (on) {
            model.tick();
            ticker.play();
        } else {
            ticker.stop();
        }
    }
}
