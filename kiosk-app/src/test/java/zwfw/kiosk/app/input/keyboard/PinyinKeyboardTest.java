package zwfw.kiosk.app.input.keyboard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskApplication;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.input.pinyin.PinyinDictionary;

/** The on-screen keyboard in a real JavaFX window with the kiosk's style sheet and the shipped dictionary. */
@ExtendWith(ApplicationExtension.class)
class PinyinKeyboardTest {
    private static PinyinDictionary dictionary;
    private final Messages messages = new Messages(Locale.CHINA);
    private TextField address;
    private TextField phone;
    private OnScreenKeyboard keyboard;
    private VBox root;

    @BeforeAll
    static void load() {
        dictionary = PinyinDictionary.shipped().join();
    }

    @Start
    void start(Stage stage) {
        address = new TextField();
        address.setId("address");
        phone = new TextField();
        phone.setId("phone");
        keyboard = new OnScreenKeyboard(messages, CompletableFuture.completedFuture(dictionary));
        address.focusedProperty().addListener((o, a, now) -> {
            if (now) {
                keyboard.target(address, FieldType.TEXT);
            }
        });
        phone.focusedProperty().addListener((o, a, now) -> {
            if (now) {
                keyboard.target(phone, FieldType.PHONE);
            }
        });
        root = new VBox(16, new HBox(16, address, phone), keyboard.node());
        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(Objects.requireNonNull(KioskApplication.class.getResource("kiosk.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void tap(FxRobot robot, String id) {
        zwfw.kiosk.app.KioskUnderTest.tap(robot, robot.lookup("#" + id).match(Node::isVisible).queryAs(Node.class));
    }

    private void letters(FxRobot robot, String s) {
        for (char c : s.toCharArray()) {
            tap(robot, c == '\'' ? "key-apostrophe" : "key-" + Character.toUpperCase(c));
        }
    }

    private String candidate(FxRobot robot, int i) {
        return robot.lookup("#candidate-" + i).queryAs(Labeled.class).getText();
    }

    private java.util.List<String> firstPage(FxRobot robot) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < PinyinComposer.PAGE_SIZE; i++) {
            if (robot.lookup("#candidate-" + i).query().isVisible()) {
                out.add(candidate(robot, i));
            }
        }
        return out;
    }

    private void tapCandidate(FxRobot robot, String text) {
        tap(robot, "candidate-" + firstPage(robot).indexOf(text));
    }

    /** Whether the node and every parent are visible (what the citizen sees). */
    private static boolean shown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n = robot.lookup("#" + id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String composition(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#keyboard-composition").queryAs(Labeled.class).getText();
    }

    @Test
    void typingWenzhouAndTappingTheCandidatePutsWenzhouInTheField(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "wenzhou");
        assertEquals("wenzhou", composition(robot));
        assertEquals("", address.getText(), "letters are composed, not typed into the field");
        assertEquals("温州", candidate(robot, 0));
        tap(robot, "candidate-0");
        assertEquals("温州", address.getText());
        assertEquals("", composition(robot));
    }

    @Test
    void aCandidateForTheStartKeepsTheRestComposingAndSpaceTakesTheFirst(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "wenzhoulu");
        // No word reads wen·zhou·lu: the first candidate is 温州 and "lu" stays to be composed.
        assertEquals("温州", candidate(robot, 0));
        tap(robot, "candidate-0");
        assertEquals("温州", address.getText());
        assertEquals("lu", composition(robot));
        assertEquals("路", candidate(robot, 0));
        tap(robot, "key-space");
        assertEquals("温州路", address.getText());
        tap(robot, "key-1");
        tap(robot, "key-0");
        tap(robot, "key-punct-0");
        assertEquals("温州路10，", address.getText());
    }

    @Test
    void digitsAndPunctuationCommitWhatIsBeingComposedFirst(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "hao");
        tap(robot, "key-punct-1");
        assertEquals("好。", address.getText());
    }

    @Test
    void backspaceEditsTheLettersBeforeTheField(FxRobot robot) {
        robot.interact(() -> address.setText("瓯海区"));
        tap(robot, "address");
        letters(robot, "jiee");
        tap(robot, "key-backspace");
        assertEquals("jie", composition(robot));
        assertEquals("瓯海区", address.getText());
        tap(robot, "key-backspace");
        tap(robot, "key-backspace");
        tap(robot, "key-backspace");
        assertEquals("", composition(robot));
        assertEquals("瓯海区", address.getText());
        tap(robot, "key-backspace");
        assertEquals("瓯海", address.getText());
    }

    @Test
    void theCandidateBarPagesForwardAndBack(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "shi");
        String first = candidate(robot, 0);
        assertTrue(robot.lookup("#candidate-previous").queryButton().isDisabled());
        tap(robot, "candidate-next");
        assertNotEquals(first, candidate(robot, 0));
        assertFalse(robot.lookup("#candidate-previous").queryButton().isDisabled());
        tap(robot, "candidate-previous");
        assertEquals(first, candidate(robot, 0));
    }

    @Test
    void abbreviationsAndApostrophesFindWords(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "xi'an");
        assertTrue(firstPage(robot).contains("西安"), firstPage(robot)::toString);
        tapCandidate(robot, "西安");
        letters(robot, "bj");
        assertEquals("北京", candidate(robot, 0));
        tap(robot, "candidate-0");
        assertEquals("西安北京", address.getText());
    }

    @Test
    void englishModeTypesLettersAndSwitchingKeepsWhatWasComposed(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "ab");
        assertEquals("中", robot.lookup("#key-mode").queryAs(Labeled.class).getText());
        tap(robot, "key-mode");
        assertEquals("英", robot.lookup("#key-mode").queryAs(Labeled.class).getText());
        assertEquals("ab", address.getText(), "letters being composed are kept as typed");
        assertFalse(shown(robot, "candidate-bar"), "no candidates in 英 mode");
        letters(robot, "cd");
        tap(robot, "key-space");
        assertEquals("abCD ", address.getText());
    }

    @Test
    void aPhoneFieldGetsTheDigitPadOnly(FxRobot robot) {
        tap(robot, "phone");
        assertFalse(shown(robot, "key-A"));
        assertFalse(shown(robot, "candidate-bar"));
        assertTrue(robot.lookup("#key-X").queryButton().isDisabled(), "X is for ID numbers");
        for (char c : "13800138000".toCharArray()) {
            tap(robot, "key-" + c);
        }
        assertEquals("13800138000", phone.getText());
        tap(robot, "address");
        assertTrue(shown(robot, "key-A"));
        assertTrue(shown(robot, "candidate-bar"));
    }

    @Test
    void everyKeyAndCandidateIsAtLeast80PxInBothModes(FxRobot robot) {
        tap(robot, "address");
        letters(robot, "yi");
        assertTargetsLarge(robot, 80);
        robot.interact(() -> root.getStyleClass().add("elderly"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTargetsLarge(robot, 100);
    }

    private void assertTargetsLarge(FxRobot robot, double min) {
        for (Node n : robot.lookup(".key").queryAll()) {
            if (n.isVisible() && n.getParent().isVisible()) {
                assertTrue(n.getBoundsInLocal().getWidth() >= min && n.getBoundsInLocal().getHeight() >= min, n.getId() + " " + n.getBoundsInLocal());
            }
        }
        for (Node n : robot.lookup(".candidate").queryAll()) {
            if (n.isVisible()) {
                assertTrue(((Button) n).getHeight() >= min && ((Button) n).getWidth() >= min, n.getId());
            }
        }
    }

    @Test
    void lettersTypedBeforeTheDictionaryHasLoadedGetCandidatesWhenItArrives(FxRobot robot) {
        CompletableFuture<PinyinDictionary> later = new CompletableFuture<>();
        TextField f = new TextField();
        robot.interact(() -> {
            OnScreenKeyboard slow = new OnScreenKeyboard(messages, later);
            slow.target(f, FieldType.TEXT);
            slow.composer().type('d');
            slow.composer().type('e');
            assertTrue(slow.composer().page().isEmpty());
            assertTrue(slow.composer().loadingProperty().get());
            later.complete(dictionary);
            f.setUserData(slow);
        });
        OnScreenKeyboard slow = (OnScreenKeyboard) f.getUserData();
        await().atMost(Duration.ofSeconds(5)).until(() -> !slow.composer().page().isEmpty());
        assertEquals("的", slow.composer().page().get(0).text());
        assertFalse(slow.composer().loadingProperty().get());
    }
}
