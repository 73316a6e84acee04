package zwfw.kiosk.app.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.screen.home.HomeViewModel;
import zwfw.kiosk.core.usage.UsageEvent;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageReport;

/** 长辈版's pages of services on the real kiosk, and the most-used order kept across a restart. */
class ElderlyPagingTest {
    @TempDir
    Path temp;
    private KioskUnderTest kiosk;

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void toHome() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
    }

    /** Ids of the service buttons on screen, in their order. */
    private List<String> serviceIds(String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("." + styleClass).queryAll().stream().filter(n -> n.getScene() != null)
                .map(Node::getId).toList();
    }

    private List<String> pageIds() {
        WaitForAsyncUtils.waitForFxEvents();
        VBox page = kiosk.robot().lookup("#service-page").queryAs(VBox.class);
        return page.getChildren().stream().map(Node::getId).toList();
    }

    private boolean disabled(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).queryAs(Button.class).isDisabled();
    }

    private boolean onScreen(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).tryQuery().map(n -> n.getScene() != null && shown(n)).orElse(false);
    }

    /** Visible itself and inside visible parents. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void inElderlyModeTheHomeShowsAFewServicesAPageAndNextWalksEveryServiceExactlyOnce() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        toHome();
        List<String> normal = serviceIds("service-button");
        assertEquals(15, normal.size(), "the normal home lists every open service of the shipped catalog");
        assertFalse(onScreen("page-next"), "no page buttons in the normal layout");

        kiosk.click("elderly-toggle");
        int pages = (normal.size() + HomeViewModel.ELDERLY_PAGE_SIZE - 1) / HomeViewModel.ELDERLY_PAGE_SIZE;
        assertTrue(kiosk.robot().lookup(".service-scroll").queryAll().stream().noneMatch(n -> n.getScene() != null),
                "nothing to scroll in 长辈版");
        assertFalse(onScreen("service-search"), "no search box in 长辈版");
        assertTrue(onScreen("home-progress"), "the progress query stays");
        assertTrue(disabled("page-previous"), "page 1 has no previous page");

        List<String> walked = new ArrayList<>();
        double height = kiosk.app().stage().getScene().getHeight();
        for (int p = 1; p <= pages; p++) {
            assertEquals("第 " + p + "/" + pages + " 页", kiosk.text("page-number"));
            List<String> page = pageIds();
            assertTrue(!page.isEmpty() && page.size() <= HomeViewModel.ELDERLY_PAGE_SIZE, "page " + p + ": " + page);
            for (String id : page) {
                Bounds b = kiosk.robot().lookup("#" + id).query().localToScene(kiosk.robot().lookup("#" + id).query().getBoundsInLocal());
                assertTrue(b.getMaxY() <= height, id + " is inside the window without scrolling: " + b);
            }
            Bounds next = kiosk.robot().lookup("#page-next").query().localToScene(kiosk.robot().lookup("#page-next").query().getBoundsInLocal());
            assertTrue(next.getMaxY() <= height, "下一页 is inside the window: " + next);
            walked.addAll(page);
            if (p < pages) {
                kiosk.click("page-next");
            }
        }
        assertTrue(disabled("page-next"), "the last page has no next page");
        assertEquals(normal.size(), walked.size(), "every service once: " + walked);
        assertEquals(new HashSet<>(normal), new HashSet<>(walked));
        assertEquals(normal, walked, "pages keep the normal list's order");

        kiosk.click("page-previous");
        assertEquals("第 " + (pages - 1) + "/" + pages + " 页", kiosk.text("page-number"));
        kiosk.click("language-toggle");
        assertEquals("Page " + (pages - 1) + " of " + pages, kiosk.text("page-number"));
        assertEquals("Next", kiosk.text("page-next"));

        kiosk.click("elderly-toggle");
        assertEquals(normal, serviceIds("service-button"), "switching back restores the whole list");
        assertFalse(onScreen("page-next"));
        assertTrue(onScreen("service-search"));
    }

    @Test
    void turningOnElderlyModeClearsTheSearchAndStartsAtPageOne() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        toHome();
        kiosk.robot().interact(() -> kiosk.robot().lookup("#service-search").queryAs(TextField.class).setText("YB-0001"));
        assertEquals(List.of("service-YB-0001"), serviceIds("service-button"));
        kiosk.click("elderly-toggle");
        assertTrue(kiosk.text("page-number").startsWith("第 1/"));
        assertEquals(HomeViewModel.ELDERLY_PAGE_SIZE, pageIds().size(), "a full page, not the one service searched for");
        kiosk.click("elderly-toggle");
        assertEquals("", kiosk.robot().lookup("#service-search").queryAs(TextField.class).getText());
        assertEquals(15, serviceIds("service-button").size());
    }

    private void type(String id, String text) {
        kiosk.robot().interact(() -> kiosk.robot().lookup("#" + id).queryAs(TextField.class).setText(text));
    }

    private void assertInsideTheWindow(String id) {
        Node n = kiosk.robot().lookup("#" + id).query();
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertTrue(b.getMaxY() <= kiosk.app().stage().getScene().getHeight(), id + " is inside the window: " + b);
    }

    /**
     * Presses a button without the robot: with a text field's letter keys the on-screen keyboard is
     * taller than the screen and pushes the bottom bar out of the window (its layout is the keyboard's
     * own issue, in both modes); the fields themselves are checked to be inside.
     */
    private void press(String id) {
        kiosk.robot().interact(() -> kiosk.robot().lookup("#" + id).queryAs(javafx.scene.control.ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongFormInElderlyModeComesAFewFieldsAPageAndNextChecksEachPageBeforeTurning() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        kiosk.app().assembly().device(zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader.class).orElseThrow()
                .place(zwfw.kiosk.drivers.idcard.simulated.SampleCards.resident());
        kiosk.awaitScreen("home");
        type("service-search", "YJS-0001");
        kiosk.click("service-YJS-0001");
        kiosk.awaitScreen("form");
        assertTrue(onScreen("field-phone"), "normal mode shows every field");
        assertFalse(onScreen("form-previous"));

        kiosk.click("elderly-toggle");
        assertEquals(2, zwfw.kiosk.app.screen.form.FormViewModel.ELDERLY_FIELDS_PER_PAGE);
        // Ten fields, the floor plan photographed on the kiosk: five pages, the optional loan fields with the consent.
        assertEquals("第 1/5 页", kiosk.text("form-page-number"));
        assertTrue(onScreen("field-tradeName") && onScreen("field-businessAddress"));
        assertFalse(onScreen("field-capital"));
        assertTrue(disabled("form-previous"));
        press("form-next");
        assertEquals("第 1/5 页", kiosk.text("form-page-number"), "a page with problems does not turn");
        assertFalse(kiosk.text("problem-tradeName").isEmpty());

        type("field-tradeName", "老王面馆");
        type("field-businessAddress", "解放路1号");
        assertInsideTheWindow("problem-businessAddress");
        press("form-next");
        assertEquals("第 2/5 页", kiosk.text("form-page-number"));
        assertTrue(onScreen("field-capital") && onScreen("field-foodCategory"));
        assertEquals("", kiosk.text("problem-capital"), "the new page's fields are not blamed before they are tried");
        press("form-previous");
        assertEquals("老王面馆", kiosk.robot().lookup("#field-tradeName").queryAs(TextField.class).getText(), "nothing typed is lost");
        press("form-next");

        type("field-capital", "50");
        kiosk.click("option-foodCategory-热食类制售");
        assertInsideTheWindow("problem-foodCategory");
        press("form-next");
        assertEquals("第 3/5 页", kiosk.text("form-page-number"));
        // The floor plan is photographed with the (simulated) document camera on this page.
        press("capture-floorPlan");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> kiosk.text("capture-count-floorPlan").startsWith("1/"));
        type("field-openingDate", "2026-12-01");
        press("form-next");
        assertEquals("第 4/5 页", kiosk.text("form-page-number"), "the optional loan fields have no page of their own");
        assertTrue(onScreen("field-wantsLoan") && onScreen("field-creditConsent"));
        kiosk.click("field-creditConsent");
        press("form-next");
        assertEquals("第 5/5 页", kiosk.text("form-page-number"));
        press("form-next");
        assertEquals("第 5/5 页", kiosk.text("form-page-number"), "the phone is still missing");
        assertFalse(kiosk.text("problem-phone").isEmpty());
        type("field-phone", "13800138000");
        assertInsideTheWindow("field-phone");
        press("form-next");
        kiosk.awaitScreen("review");
    }

    @Test
    void theMostUsedServiceComesFirstAfterARestartAndAbandonmentIsCounted() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        String first = "service-GA-0002"; // 无犯罪记录证明, far down the catalog's order
        for (int i = 0; i < 3; i++) {
            toHome();
            kiosk.robot().interact(() -> kiosk.robot().lookup("#service-search").queryAs(TextField.class).setText("GA-0002"));
            kiosk.click(first);
            kiosk.awaitScreen("identify");
            kiosk.click("end-session");
            kiosk.awaitScreen("attract");
        }
        toHome();
        kiosk.robot().interact(() -> kiosk.robot().lookup("#service-search").queryAs(TextField.class).setText("YB-0001"));
        kiosk.click("service-YB-0001");
        kiosk.awaitScreen("identify"); // for oneself by default: the identify screen comes first
        var idle = kiosk.app().navigator().idle();
        for (int s = 0; s < 120 && !"attract".equals(kiosk.screen()); s++) {
            Platform.runLater(idle::secondPassed);
            WaitForAsyncUtils.waitForFxEvents();
        }
        kiosk.awaitScreen("attract");
        kiosk.close();

        kiosk = KioskUnderTest.boot(temp, Map.of());
        toHome();
        assertEquals(first, serviceIds("service-button").get(0), "the most chosen service leads the normal list");
        kiosk.click("elderly-toggle");
        assertEquals(first, pageIds().get(0), "and page 1 of 长辈版");

        UsageReport r = new UsageLog(kiosk.app().assembly().database(), Clock.systemUTC()).report(1);
        assertEquals(3, r.count("GA-0002", UsageEvent.SERVICE_CHOSEN));
        assertEquals(3, r.count("GA-0002", UsageEvent.ABANDONED_ENDED));
        assertEquals(1, r.count("YB-0001", UsageEvent.ABANDONED_TIMEOUT));
        assertEquals(0, r.count("YB-0001", UsageEvent.ABANDONED_ENDED));
        assertEquals(5, r.count(UsageLog.NO_SERVICE, UsageEvent.SESSION_STARTED), "four sessions before the restart, one after");
    }
}
