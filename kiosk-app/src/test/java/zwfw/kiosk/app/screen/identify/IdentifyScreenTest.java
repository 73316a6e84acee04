package zwfw.kiosk.app.screen.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/** The identify screen shows where the card goes, and what to do when the card will not read. */
class IdentifyScreenTest {
    @TempDir
    Path temp;
    private KioskUnderTest kiosk;

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private IdentifyView identifyView() {
        WaitForAsyncUtils.waitForFxEvents();
        return (IdentifyView) kiosk.app().host().currentScreen();
    }

    @Test
    void anUnreadableCardIsExplainedAndAGoodCardThenIdentifiesTheCitizen() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf();
        kiosk.awaitScreen("identify");
        IdentifyView view = identifyView();
        assertTrue(view.isAnimating(), "the card and phone animations play while the screen is shown");
        assertEquals("", kiosk.text("identify-problem"));
        assertTrue(kiosk.text("identify-help").startsWith("读不出来？"), "what to do when reading fails is always shown");

        kiosk.reader().placeUnreadable("READ_FAILED");
        org.awaitility.Awaitility.await().until(() -> "身份证读取失败，请拿起后重新放置".equals(kiosk.text("identify-problem")));
        assertEquals("identify", kiosk.screen(), "a failed read leaves the citizen on the identify screen");

        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        assertTrue(kiosk.app().navigator().visitData().applicant() != null);
        assertFalse(view.isAnimating(), "the animation stops once the screen is gone");
    }
}
