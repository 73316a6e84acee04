package zwfw.kiosk.app.screen.progress;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;

/** The progress query: case number box with keys, query button, status and history. */
public final class ProgressView implements Screen {
    /** A telephone's order: 1 2 3 / 4 5 6 / 7 8 9 / ⌫ 0; the letters case numbers start with (SA…) in a row above. */
    private static final String[][] DIGIT_ROWS = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"⌫", "0", ""}};
    private static final String LETTERS = "SAXQ";
    private final BorderPane root = new BorderPane();

    public ProgressView(ProgressViewModel model, SessionBar bar) {
        root.setId("progress");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        Label prompt = new Label();
        prompt.getStyleClass().add("hint");
        prompt.textProperty().bind(model.prompt());
        root.setTop(new VBox(16, bar.node(), title, prompt));
        TextField number = new TextField();
        number.setId("progress-case-no");
        number.getStyleClass().add("form-field");
        number.textProperty().bindBidirectional(model.caseNoProperty());
        GridPane keys = keypad(number);
        Button query = new Button();
        query.setId("progress-query");
        query.getStyleClass().add("primary-button");
        query.textProperty().bind(model.queryText());
        query.setOnAction(e -> model.query());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.visibleProperty().bind(model.askingProperty());
        Label problem = new Label();
        problem.setId("progress-problem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problem());
        Label status = new Label();
        status.setId("progress-status");
        status.getStyleClass().add("result-detail");
        status.textProperty().bind(model.status());
        Label history = new Label();
        history.setId("progress-history");
        history.getStyleClass().add("review-value");
        history.textProperty().bind(model.history());
        HBox ask = new HBox(24, number, query, spinner);
        ask.setAlignment(Pos.CENTER_LEFT);
        // The answer beside the keypad: below it, 长辈版's status and history made the screen taller than the window,
        // which pushed the header off its top.
        for (Label l : new Label[] {problem, status, history}) {
            l.setWrapText(true);
        }
        VBox answer = new VBox(24, problem, status, history);
        answer.setPrefWidth(0); // takes the room the keypad leaves, its texts wrapped; the keypad never shrinks
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(answer, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(new VBox(24, ask, new HBox(48, keys, answer)));
    }

    private static GridPane keypad(TextField number) {
        GridPane keys = new GridPane();
        keys.setId("progress-keypad");
        keys.setHgap(8);
        keys.setVgap(8);
        for (int i = 0; i < LETTERS.length(); i++) {
            keys.add(key(String.valueOf(LETTERS.charAt(i)), number), i, 0);
        }
        for (int row = 0; row < DIGIT_ROWS.length; row++) {
            for (int col = 0; col < 3; col++) {
                String k = DIGIT_ROWS[row][col];
                if (!k.isEmpty()) {
                    keys.add(key(k, number), col, row + 1);
                }
            }
        }
        return keys;
    }

    private static Button key(String k, TextField number) {
        Button b = new Button(k);
        b.setId("⌫".equals(k) ? "key-backspace" : "key-" + k);
        b.getStyleClass().add("key");
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            String t = number.getText();
            if ("⌫".equals(k)) {
                number.setText(t.isEmpty() ? t : t.substring(0, t.length() - 1));
            } else {
                number.appendText(k);
            }
        });
        return b;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Parent view() {
        return root;
    }
}
