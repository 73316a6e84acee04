package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * How a visit ends and what comes after, on one booted kiosk: a card left on the reader is asked
 * for (and never starts the next visit), the evaluation can be skipped or left and ends with a
 * thank-you showing the case number, the progress query's keypad is in a telephone's order and F7
 * scans the last receipt, and picking a choice does not move the fields below it.
 */
class VisitEndingsTest {
    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk(Map.of("thanksSeconds", "4")); // shipped: 6

    @AfterEach
    void backToAttract() {
        kiosk.backToAttract();
    }

    private ServiceItem service(String code) {
        return kiosk.app().assembly().catalog().current().service(code).orElseThrow();
    }

    private boolean onScreen(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** A case filed for the sample card's holder, on the result screen with its receipt printed. */
    private void fileACertificateCase() {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ChooseService(service("RS-0001")));
        kiosk.awaitScreen("form");
        kiosk.touch(new Action.FormDone(Map.of("purpose", "个人证明")));
        kiosk.awaitScreen("review");
        kiosk.touch(new Action.Confirm());
        kiosk.awaitScreenWithin("result", Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.app().navigator().visit().state().step() instanceof Step.Result r
                && r.receipt() != Step.Receipt.PRINTING);
    }

    @Test
    void aCardLeftOnTheReaderAtTheEndIsAskedForUntilTakenAndNeverStartsTheNextVisit() {
        fileACertificateCase();
        kiosk.touch(new Action.Finish());
        kiosk.awaitScreen("takeYourThings");
        assertEquals("请取走您的证件", kiosk.text("take-title"));
        assertEquals("您的身份证还在读卡区", kiosk.text("take-what"));
        assertTrue(kiosk.app().navigator().visitData().isEmpty(), "the holder is dropped with the visit");

        kiosk.click("take-your-things"); // the next citizen taps while the card still lies there
        kiosk.awaitScreen("home");
        assertEquals("", kiosk.text("home-identity"), "nobody identified: not the card left there");
        kiosk.touch(new Action.ChooseService(service("RS-0001")));
        kiosk.awaitScreen("identify");
        assertNull(kiosk.app().navigator().visitData().applicant());
        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("takeYourThings"); // still there
        kiosk.reader().remove();
        kiosk.awaitScreen("attract");
    }

    @Test
    void aCardThatWouldNotReadIsRemindedOfAsAnyCardLeftThere() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ChooseService(service("RS-0001")));
        kiosk.awaitScreen("identify");
        kiosk.reader().placeUnreadable("READ_FAILED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.text("identify-problem").isEmpty());
        kiosk.app().navigator().visit().accept(new zwfw.kiosk.core.visit.VisitEvent.IdleTimeout());
        kiosk.awaitScreen("takeYourThings"); // the citizen walked away, the worn card still on the reader
        assertEquals("您的身份证还在读卡区", kiosk.text("take-what"));
        kiosk.reader().remove();
        kiosk.awaitScreen("attract");
    }

    @Test
    void theIdleTimeoutWithTheCardStillThereRemindsToo() {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.app().navigator().visit().accept(new zwfw.kiosk.core.visit.VisitEvent.IdleTimeout());
        kiosk.awaitScreen("takeYourThings");
        kiosk.reader().remove();
        kiosk.awaitScreen("attract");
        assertTrue(kiosk.app().navigator().messages().get("speech.takeYourThings").startsWith("请取走"), "said through the prompts as well");
    }

    private zwfw.kiosk.app.screen.evaluation.ThanksView thanks() {
        WaitForAsyncUtils.waitForFxEvents();
        return (zwfw.kiosk.app.screen.evaluation.ThanksView) kiosk.app().host().currentScreen();
    }

    @Test
    void the长辈版ThankYouStaysLongerAsItsIdleTimeDoes() {
        fileACertificateCase();
        kiosk.reader().remove();
        kiosk.touch(new Action.Evaluate());
        kiosk.awaitScreen("evaluation");
        kiosk.touch(new Action.ElderlyMode(true));
        kiosk.touch(new Action.Rate(5, List.of(), ""));
        kiosk.awaitScreen("thanks");
        // 长辈版 waits 120 s for a touch where the normal mode waits 60: the thank-you, 4 s here, shows twice as long.
        assertEquals(Duration.ofSeconds(8), thanks().shownFor());
        kiosk.click("thanks-done");
        kiosk.awaitScreen("attract");
    }

    @Test
    void theEvaluationCanBeSkippedOrLeftAndEndsWithAThankYouShowingTheCaseNumber() {
        fileACertificateCase();
        String caseNo = kiosk.app().navigator().visitData().outcome().caseNo();
        kiosk.reader().remove();
        kiosk.touch(new Action.Evaluate());
        kiosk.awaitScreen("evaluation");
        assertEquals("跳过评价", kiosk.text("evaluation-skip"));
        assertEquals("返回首页", kiosk.text("evaluation-home"));
        kiosk.click("evaluation-skip");
        kiosk.awaitScreen("thanks");
        assertEquals("办件编号：" + caseNo, kiosk.text("thanks-case"));
        assertEquals(Duration.ofSeconds(4), thanks().shownFor(), "ui.thanksSeconds");
        assertTrue(kiosk.platform().evaluations().isEmpty(), "skipped: nothing sent");
        kiosk.awaitScreenWithin("attract", Duration.ofSeconds(15)); // by itself after a few seconds

        fileACertificateCase();
        kiosk.reader().remove();
        kiosk.touch(new Action.Evaluate());
        kiosk.awaitScreen("evaluation");
        kiosk.click("evaluation-home");
        kiosk.awaitScreen("attract");

        fileACertificateCase();
        kiosk.reader().remove();
        kiosk.touch(new Action.Evaluate());
        kiosk.awaitScreen("evaluation");
        kiosk.touch(new Action.Rate(5, List.of(), ""));
        kiosk.awaitScreen("thanks");
        assertEquals("感谢您的评价！", kiosk.text("thanks-title"));
        kiosk.click("thanks-done");
        kiosk.awaitScreen("attract");
    }

    @Test
    void theProgressKeypadIsInATelephonesOrderAndF7ScansTheLastReceipt() {
        fileACertificateCase();
        String caseNo = kiosk.app().navigator().visitData().outcome().caseNo();
        kiosk.touch(new Action.Finish());
        kiosk.reader().remove();
        kiosk.awaitScreen("attract");
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.OpenProgress());
        kiosk.awaitScreen("progress");
        GridPane pad = kiosk.robot().lookup("#progress-keypad").queryAs(GridPane.class);
        String[][] expected = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"⌫", "0", null}};
        for (int row = 0; row < expected.length; row++) {
            for (int col = 0; col < 3; col++) {
                assertEquals(expected[row][col], keyAt(pad, col, row + 1), "row " + row + " column " + col);
            }
        }
        kiosk.click("key-1");
        kiosk.click("key-backspace");
        assertEquals("", kiosk.robot().lookup("#progress-case-no").queryAs(javafx.scene.control.TextField.class).getText());

        kiosk.robot().type(KeyCode.F7);
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.text("progress-status").startsWith("办件 " + caseNo));
    }

    private static String keyAt(GridPane pad, int col, int row) {
        return pad.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == col && GridPane.getRowIndex(n) == row)
                .map(n -> ((Button) n).getText()).findFirst().orElse(null);
    }

    @Test
    void pickingAChoiceOrABoxToTypeInDoesNotMoveTheFieldsBelow() {
        // The keyboard beside the form showed other keys for another box (digits, letters) and changed width,
        // so the choice buttons wrapped anew and the fields below them jumped ~120 px in 长辈版.
        for (boolean elderly : new boolean[] {false, true}) {
            kiosk.reader().place(SampleCards.resident());
            kiosk.awaitScreen("home");
            kiosk.robot().interact(() -> kiosk.app().navigator().elderlyProperty().set(elderly));
            kiosk.touch(new Action.ChooseService(service("RS-0001")));
            kiosk.awaitScreen("form");
            double before = top("field-phone");
            kiosk.click("option-purpose-购房");
            double picked = top("field-phone");
            kiosk.click("option-purpose-购房"); // picked again: unpicked, the field says it is needed
            double unpicked = top("field-phone");
            kiosk.click("option-purpose-落户");
            double other = top("field-phone");
            kiosk.click("option-purpose-落户");
            kiosk.click("form-next"); // every problem shown, a box focused for typing (its keys shown), then the choice made
            double problems = top("field-phone");
            double problemsCopies = top("field-copies");
            kiosk.click("option-purpose-个人证明");
            double fixed = top("field-phone");
            double fixedCopies = top("field-copies");
            kiosk.click("field-phone"); // its keys shown (digits, narrower than the letters shown before any box)
            double typing = top("field-phone");
            System.out.printf("phone field top (elderly %s): %.0f, picked %.0f, unpicked %.0f, other %.0f, problems shown %.0f,"
                    + " fixed %.0f, typing %.0f; copies %.0f -> %.0f%n", elderly, before, picked, unpicked, other, problems, fixed,
                    typing, problemsCopies, fixedCopies);
            // Within 2 px: a line of Chinese text is a pixel or so taller than an empty line.
            for (double now : new double[] {picked, unpicked, other, problems, fixed, typing}) {
                assertEquals(before, now, 2, "elderly " + elderly);
            }
            assertEquals(problemsCopies, fixedCopies, 2, "elderly " + elderly);
            kiosk.touch(new Action.EndVisit());
            kiosk.reader().remove();
            kiosk.awaitScreen("attract");
        }
        assertFalse(onScreen("form"));
    }

    private double top(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node n = kiosk.robot().lookup("#" + id).match(Node::isVisible).query();
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinY();
    }
}
