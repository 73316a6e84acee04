package zwfw.kiosk.app.screen.evaluation;

import javafx.animation.PauseTransition;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.Screen;

/**
 * After the evaluation (given or skipped): thanks, and the case number once more, then the attract
 * screen after a while ({@code ui.thanksSeconds}, longer in 长辈版) or at a tap on 返回首页.
 */
public final class ThanksView implements Screen {
    private final VBox root;
    private final PauseTransition timer;

    /**
     * {@code caseLine}: "办件编号：…" (or the local reference of a queued case); {@code shownFor}: long enough to read the
     * case number again, short enough that the next citizen finds the kiosk ready; {@code done}: ends the visit.
     */
    public ThanksView(Messages messages, StringBinding caseLine, java.time.Duration shownFor, Runnable done) {
        timer = new PauseTransition(Duration.millis(shownFor.toMillis()));
        Label title = new Label();
        title.setId("thanks-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(messages.text("thanks.title"));
        Label caseNo = new Label();
        caseNo.setId("thanks-case");
        caseNo.getStyleClass().add("result-detail");
        caseNo.textProperty().bind(caseLine);
        Button home = new Button();
        home.setId("thanks-done");
        home.getStyleClass().add("primary-button");
        home.textProperty().bind(messages.text("session.end"));
        home.setOnAction(e -> {
            timer.stop();
            done.run();
        });
        root = new VBox(48, title, caseNo, home);
        root.setId("thanks");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("page");
        timer.setOnFinished(e -> done.run());
    }

    /** How long the thank-you shows before the attract screen comes back by itself. */
    public java.time.Duration shownFor() {
        return java.time.Duration.ofMillis((long) timer.getDuration().toMillis());
    }

    @Override
    public String name() {
        return "thanks";
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void shown() {
        timer.playFromStart();
    }

    @Override
    public void hidden() {
        timer.stop();
    }
}
