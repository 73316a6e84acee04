package zwfw.kiosk.app.input.wedge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real JavaFX scene under Monocle with a focused text field. Keys are delivered the way a keyboard
 * delivers them (pressed, typed, released, through the scene's filters to the focus owner); the
 * detector's clock is the test's, so "fast" and "slow" mean the same on a busy build machine.
 */
@ExtendWith(ApplicationExtension.class)
class WedgeScanDetectorTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<String> scans = new CopyOnWriteArrayList<>();
    private final AtomicInteger actions = new AtomicInteger();
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setOnAction(e -> actions.incrementAndGet());
        Scene scene = new Scene(new VBox(field), 400, 200);
        scene.addEventFilter(KeyEvent.ANY, new WedgeScanDetector(WedgeSettings.defaults(), scans::add, clock::get));
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
    }

    private void key(FxRobot robot, char c, long gapMillis) {
        clock.addAndGet(gapMillis * 1_000_000L);
        KeyCode code = Character.isDigit(c) ? KeyCode.getKeyCode(String.valueOf(c))
                : Character.isLetter(c) ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))) : KeyCode.UNDEFINED;
        KeyCode k = code == null ? KeyCode.UNDEFINED : code;
        robot.interact(() -> {
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", k, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", k, false, false, false, false));
        });
    }

    private void enter(FxRobot robot, long gapMillis) {
        clock.addAndGet(gapMillis * 1_000_000L);
        robot.interact(() -> {
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
    }

    private void typeAt(FxRobot robot, String text, long gapMillis) {
        for (char c : text.toCharArray()) {
            key(robot, c, gapMillis);
        }
    }

    @Test
    void aFastBurstEndingInEnterIsAScanAndNothingLandsInTheField(FxRobot robot) {
        typeAt(robot, "https://platform.example.gov.cn/q/SA20261124000123", 4);
        enter(robot, 4);
        assertEquals(List.of("https://platform.example.gov.cn/q/SA20261124000123"), scans);
        clock.addAndGet(1_000_000_000L);
        robot.sleep(100); // proving an absence: give the pause check time to (wrongly) release anything held
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field.getText());
        assertEquals(0, actions.get(), "the scan's Enter must not fire the field's action");
    }

    @Test
    void slowTypingReachesTheFieldUnchanged(FxRobot robot) {
        typeAt(robot, "abc123", 150);
        clock.addAndGet(150_000_000L);
        await().atMost(Duration.ofSeconds(5)).until(() -> "abc123".equals(field.getText()));
        enter(robot, 150);
        assertEquals(List.of(), scans);
        assertEquals(1, actions.get(), "a person's Enter still fires the field's action");
    }

    @Test
    void aShortFastBurstIsTypingNotAScan(FxRobot robot) {
        typeAt(robot, "ok", 5);
        enter(robot, 5);
        assertEquals(List.of(), scans);
        assertEquals("ok", field.getText());
        assertEquals(1, actions.get());
    }

    @Test
    void aFastBurstCutByAPauseGoesToTheFieldAndTheNextBurstIsJudgedOnItsOwn(FxRobot robot) {
        typeAt(robot, "1234", 5);
        typeAt(robot, "5", 200); // the pause shows 1234 was no scan: it goes to the field
        assertEquals("1234", field.getText());
        typeAt(robot, "678", 5);
        enter(robot, 5);
        assertEquals(List.of("5678"), scans);
        assertEquals("1234", field.getText());
        assertEquals(0, actions.get());
    }

    @Test
    void typingThenAScanKeepsBothApart(FxRobot robot) {
        typeAt(robot, "hi", 120);
        clock.addAndGet(120_000_000L);
        await().atMost(Duration.ofSeconds(5)).until(() -> "hi".equals(field.getText()));
        typeAt(robot, "11010519491231002X", 3);
        enter(robot, 3);
        assertEquals(List.of("11010519491231002X"), scans);
        assertEquals("hi", field.getText());
    }
}
