package zwfw.kiosk.app.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.app.screen.home.ServiceIcons;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * Screens a district would show (issue 17): an icon on every service card, by its topic, in both modes; a stable
 * layout, where touching a choice chip or a text box never moves what lies under the citizen's finger next — the
 * other fields stay where they were, in both modes. One kiosk for the class.
 */
class DistrictScreensTest {
    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk();

    @AfterEach
    void backToAttract() {
        kiosk.backToAttract();
    }

    private void toForm(String code, boolean elderly) {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ElderlyMode(elderly));
        kiosk.touch(new Action.ChooseService(kiosk.app().assembly().catalog().current().service(code).orElseThrow()));
        if ("whose".equals(awaitFormOrWhose())) {
            kiosk.click("whose-self");
        }
        kiosk.awaitScreen("form");
    }

    private String awaitFormOrWhose() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> List.of("form", "whose").contains(kiosk.screen()));
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.screen();
    }

    private static double y(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node n = kiosk.robot().lookup("#" + id).query();
        Bounds b = n.localToScene(n.getLayoutBounds()); // where it is laid out, not its focus ring
        return b.getMinY();
    }

    private void pickingAChipKeepsTheNextField(boolean elderly) {
        toForm("RS-0001", elderly); // 个人参保证明打印: purpose (four chips, one row in both modes), then phone
        double next = y("field-phone");
        double chip = y("option-purpose-落户");
        kiosk.click("option-purpose-个人证明");
        assertEquals(next, y("field-phone"), 0.5, "the field under the chips stays put");
        assertEquals(chip, y("option-purpose-落户"), 0.5, "and so does the last chip: the tick keeps its room");
        kiosk.click("field-phone");
        assertEquals(next, y("field-phone"), 0.5, "the keyboard coming up moves nothing");
        assertEquals(chip, y("option-purpose-落户"), 0.5);
        kiosk.click("option-purpose-落户");
        assertEquals(next, y("field-phone"), 0.5);
        assertEquals(chip, y("option-purpose-落户"), 0.5);
        kiosk.click("field-phone");
        kiosk.click("key-1");
        assertEquals(next, y("field-phone"), 0.5, "typing moves nothing");
    }

    @Test
    void everyServiceCardShowsTheIconOfItsTopicInBothModes() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        var services = kiosk.app().assembly().catalog().current().openServices();
        for (var s : services) {
            FontIcon icon = kiosk.robot().lookup("#service-icon-" + s.code()).queryAs(FontIcon.class);
            assertEquals(ServiceIcons.of(s.category()), icon.getIconCode(), s.code());
            assertTrue(icon.isVisible() && icon.getIconSize() >= 40, s.code() + " icon " + icon.getIconSize());
        }
        assertEquals(MaterialDesignS.SHIELD_ACCOUNT, ServiceIcons.of("社保"));
        assertEquals(MaterialDesignF.FILE_DOCUMENT, ServiceIcons.of("一个没有图标的主题"));
        kiosk.touch(new Action.ElderlyMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        FontIcon first = kiosk.robot().lookup("#service-page .service-icon").queryAs(FontIcon.class);
        assertTrue(first.getIconSize() >= 60, "larger in 长辈版: " + first.getIconSize());
    }

    @Test
    void pickingAChoiceOrATextBoxMovesNoOtherField() {
        pickingAChipKeepsTheNextField(false);
    }

    @Test
    void pickingAChoiceOrATextBoxMovesNoOtherFieldIn长辈版() {
        pickingAChipKeepsTheNextField(true);
    }
}
