package zwfw.kiosk.app.input.keyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.input.pinyin.PinyinCandidate;
import zwfw.kiosk.core.input.pinyin.PinyinDictionary;

/**
 * Keys of at least 80 px for the field being filled, since a kiosk has no keyboard and no system
 * input method. Number, phone, ID and date fields get a digit pad (X for ID numbers, "-" for
 * dates). Text fields get digits, letters, ，。、- and space, and a 中/英 switch: in 中 mode letters
 * are composed as pinyin (shown above the keys) with a bar of candidates, paged with ◀ ▶; a tap on
 * a candidate puts it in the field and keeps composing the letters it did not use, space takes the
 * first, ⌫ edits the letters before the field. Letters left composing when another field is chosen
 * are dropped (they were never part of the text). The form and the evaluation both use it.
 */
public final class OnScreenKeyboard {
    // Held here, registered weakly: a strong listener on the kiosk's language would keep every keyboard (and its form) alive.
    private javafx.beans.value.ChangeListener<java.util.Locale> onLocale;

    private static final String[] LETTER_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String PUNCTUATION = "，。、";
    private final Messages messages;
    private final PinyinComposer composer;
    private final VBox box = new VBox(6);
    private javafx.scene.layout.StackPane pads;
    private final GridPane digitPad = new GridPane();
    private final GridPane textPad = new GridPane();
    private final List<Button> digits = new ArrayList<>();
    private Button letterX;
    private final Button dash = key("-", "key--");
    private final Button backspace = new Button("⌫");
    private final Button mode = new Button();
    private final Label composition = new Label();
    private final HBox candidateBar = new HBox(6);
    private final List<Button> candidateButtons = new ArrayList<>();
    private final VBox composeArea;
    private TextField target;
    private boolean chinese = true;
    private boolean text;

    /** With the shipped dictionary (loaded once in the background). */
    public OnScreenKeyboard(Messages messages) {
        this(messages, PinyinDictionary.shipped());
    }

    public OnScreenKeyboard(Messages messages, CompletableFuture<PinyinDictionary> dictionary) {
        this.messages = messages;
        this.composer = new PinyinComposer(dictionary);
        dictionary.whenComplete((d, e) -> Platform.runLater(composer::refresh));
        box.setId("keyboard");
        box.getStyleClass().add("keyboard");
        for (GridPane g : List.of(digitPad, textPad)) {
            g.setHgap(6);
            g.setVgap(5);
            g.getStyleClass().add("key-pad");
        }
        for (int i = 0; i <= 9; i++) {
            digits.add(key(String.valueOf(i), "key-" + i));
        }
        backspace.setId("key-backspace");
        backspace.getStyleClass().add("key");
        backspace.setFocusTraversable(false);
        backspace.setOnAction(e -> backspace());
        mode.setId("key-mode");
        mode.getStyleClass().addAll("key", "key-mode");
        mode.setFocusTraversable(false);
        mode.setOnAction(e -> switchMode());
        composeArea = composeArea();
        buildTextPad();
        // Both pads in one place that keeps the wider one's room: a digit field and a text field give the keyboard the
        // same width, so the form beside it never reflows (a choice chip row wrapped, the next field jumped ~120 px).
        pads = new javafx.scene.layout.StackPane(digitPad, textPad);
        pads.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        box.getChildren().addAll(composeArea, pads);
        box.setVisible(false);
        show(composeArea, false); // nothing to compose before a box is chosen: its room would widen the keyboard until then
        onLocale = (o, a, b) -> showMode();
        messages.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onLocale));
    }

    private VBox composeArea() {
        composition.setId("keyboard-composition");
        composition.getStyleClass().add("composition");
        composition.textProperty().bind(Bindings.createStringBinding(() -> composer.loadingProperty().get()
                && composer.composing() ? composer.lettersProperty().get() + "  " + messages.get("keyboard.loading")
                : composer.lettersProperty().get(), composer.lettersProperty(), composer.loadingProperty(), messages.localeProperty()));
        Button previous = pager("◀", "candidate-previous", composer::previousPage);
        previous.disableProperty().bind(composer.hasPreviousProperty().not());
        Button next = pager("▶", "candidate-next", composer::nextPage);
        next.disableProperty().bind(composer.hasNextProperty().not());
        HBox candidates = new HBox(6);
        HBox.setHgrow(candidates, Priority.ALWAYS);
        for (int i = 0; i < PinyinComposer.PAGE_SIZE; i++) {
            int index = i;
            Button b = new Button();
            b.setId("candidate-" + i);
            b.getStyleClass().add("candidate");
            b.setFocusTraversable(false);
            b.setOnAction(e -> put(composer.pick(index)));
            candidateButtons.add(b);
            candidates.getChildren().add(b);
        }
        composer.page().addListener((javafx.collections.ListChangeListener<PinyinCandidate>) c -> showCandidates());
        showCandidates();
        candidateBar.getChildren().addAll(previous, candidates, next);
        candidateBar.setAlignment(Pos.CENTER_LEFT);
        candidateBar.setId("candidate-bar");
        HBox.setHgrow(candidateBar, Priority.ALWAYS);
        // Letters and candidates share one row, so the keyboard stays short enough for 长辈版.
        HBox row = new HBox(10, composition, candidateBar);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox area = new VBox(row);
        area.getStyleClass().add("compose-area");
        return area;
    }

    private Button pager(String symbol, String id, Runnable action) {
        Button b = new Button(symbol);
        b.setId(id);
        b.getStyleClass().addAll("key", "candidate-pager");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showCandidates() {
        for (int i = 0; i < candidateButtons.size(); i++) {
            Button b = candidateButtons.get(i);
            boolean shown = i < composer.page().size();
            b.setText(shown ? composer.page().get(i).text() : "");
            b.setVisible(shown);
        }
    }

    private void buildTextPad() {
        // Layout is fixed here; the digit buttons, ⌫ and "-" move between the two pads in target().
        for (int r = 0; r < LETTER_ROWS.length; r++) {
            String row = LETTER_ROWS[r];
            for (int c = 0; c < row.length(); c++) {
                char letter = row.charAt(c);
                Button b = new Button(String.valueOf(Character.toUpperCase(letter)));
                b.setId("key-" + Character.toUpperCase(letter));
                b.getStyleClass().add("key");
                b.setFocusTraversable(false);
                b.setOnAction(e -> letter(letter));
                if (letter == 'x') {
                    letterX = b; // also the X of ID numbers on the digit pad: placed in arrange()
                    continue;
                }
                textPad.add(b, c + (r == 2 ? 1 : 0), r + 1);
            }
        }
        textPad.add(mode, 0, 3);
        Button apostrophe = new Button("'");
        apostrophe.setId("key-apostrophe");
        apostrophe.getStyleClass().add("key");
        apostrophe.setFocusTraversable(false);
        apostrophe.setOnAction(e -> letter('\''));
        textPad.add(apostrophe, 8, 3);
        for (int i = 0; i < PUNCTUATION.length(); i++) {
            textPad.add(key(String.valueOf(PUNCTUATION.charAt(i)), "key-punct-" + i), i, 4);
        }
        Button space = new Button();
        space.setId("key-space");
        space.getStyleClass().addAll("key", "key-space");
        space.setFocusTraversable(false);
        space.textProperty().bind(messages.text("keyboard.space"));
        space.setMaxWidth(Double.MAX_VALUE);
        space.setOnAction(e -> space());
        textPad.add(space, 3, 4, 6, 1);
    }

    private Button key(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("key");
        b.setFocusTraversable(false);
        b.setOnAction(e -> plain(text));
        return b;
    }

    /**
     * Whether the keyboard keeps room for the letter keys: a screen whose boxes all take digits (a page of the form)
     * says no, so the keyboard is as narrow as the digit pad and its width still never changes on that screen.
     */
    public void roomForLetters(boolean letters) {
        textPad.setManaged(letters);
    }

    /** Types into {@code field}, showing the keys its type needs. */
    public void target(TextField field, FieldType type) {
        if (target != field) {
            composer.clear();
        }
        this.target = field;
        this.text = type == FieldType.TEXT;
        box.setVisible(true);
        arrange();
        letterX.setDisable(!text && type != FieldType.ID_NUMBER);
        dash.setDisable(!(type == FieldType.DATE || text));
        showMode();
    }

    private void arrange() {
        digitPad.getChildren().clear();
        textPad.getChildren().removeAll(digits);
        textPad.getChildren().removeAll(backspace, dash, letterX);
        if (text) {
            textPad.add(letterX, 2, 3);
            for (int i = 0; i < 10; i++) {
                textPad.add(digits.get((i + 1) % 10), i, 0);
            }
            textPad.add(backspace, 9, 2);
            textPad.add(dash, 9, 3);
        } else {
            for (int i = 1; i <= 9; i++) {
                digitPad.add(digits.get(i), (i - 1) % 3, (i - 1) / 3);
            }
            digitPad.add(letterX, 0, 3);
            digitPad.add(digits.get(0), 1, 3);
            digitPad.add(backspace, 2, 3);
            digitPad.add(dash, 0, 4);
        }
        digitPad.setVisible(!text); // both stay managed: the pads' place keeps the wider one's size
        textPad.setVisible(text);
        if (text) {
            textPad.setManaged(true);
        }
    }

    private void showMode() {
        boolean composing = text && chinese;
        show(composeArea, composing);
        mode.setText(messages.get(chinese ? "keyboard.mode.chinese" : "keyboard.mode.english"));
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private void switchMode() {
        if (chinese) {
            put(composer.commitLetters());
        }
        chinese = !chinese;
        showMode();
    }

    private void letter(char letter) {
        if (text && chinese) {
            composer.type(letter);
        } else {
            put(letter == '\'' ? "'" : String.valueOf(Character.toUpperCase(letter)));
        }
    }

    /** A digit or punctuation mark: whatever is being composed goes in first (its first candidate). */
    private void plain(String s) {
        put(composer.commitFirst());
        put(s);
    }

    private void space() {
        if (composer.composing()) {
            put(composer.commitFirst());
        } else {
            put(" ");
        }
    }

    private void backspace() {
        if (composer.backspace() || target == null) {
            return;
        }
        String t = target.getText();
        if (t != null && !t.isEmpty()) {
            target.setText(t.substring(0, t.length() - 1));
        }
    }

    private void put(String s) {
        if (target != null && s != null && !s.isEmpty()) {
            target.appendText(s);
        }
    }

    /** The composition behind the candidate bar (its letters, page and loading state). */
    public PinyinComposer composer() {
        return composer;
    }

    public Node node() {
        return box;
    }
}
