package zwfw.kiosk.app.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;

/** The home screen groups services by department or by topic, in both languages. */
class HomeGroupingTest {
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

    private List<String> headings() {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup(".department").match(Node::isVisible).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    @Test
    void topicsGroupTheSameServicesAsDepartmentsAndHeadingsFollowTheLanguage() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        List<String> departments = headings();
        assertTrue(departments.contains("区人力社保局"), departments.toString());
        int services = kiosk.robot().lookup(".service-button").queryAll().size();

        kiosk.click("home-by-topic");
        List<String> topics = headings();
        assertTrue(topics.containsAll(List.of("社保", "就业", "一件事")), topics.toString());
        assertTrue(!topics.contains("区人力社保局"));
        assertEquals(services, kiosk.robot().lookup(".service-button").queryAll().size(), "every service is still there once");

        kiosk.click("language-toggle");
        List<String> english = headings();
        assertTrue(english.containsAll(List.of("Social insurance", "Employment", "One-stop bundles")), english.toString());
        kiosk.click("home-by-department");
        assertTrue(headings().contains("District Human Resources and Social Security Bureau"), headings().toString());
    }
}
