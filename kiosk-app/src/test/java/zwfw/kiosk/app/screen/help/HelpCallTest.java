package zwfw.kiosk.app.screen.help;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.platform.sim.Faults;

/**
 * 呼叫帮助 on the real kiosk against the embedded platform over HTTP (contract §10): the desk hears the screen, the
 * service, the language and 长辈版 and nothing about the citizen; the panel shows the hotline at once, the expected
 * wait, and staff's answer given through the simulator's admin API; the visit's end closes the call; a platform that
 * refuses leaves the hotline. One kiosk for the class.
 */
class HelpCallTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk();

    @AfterEach
    void backToAttract() {
        kiosk.platform().setFaults(Faults.none());
        kiosk.backToAttract();
    }

    @Test
    void theDeskHearsTheScreenAndServiceAndStaffsAnswerShowsUntilTheVisitEnds() throws Exception {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ChooseService(kiosk.app().assembly().catalog().current().service("GA-0002").orElseThrow()));
        kiosk.awaitScreen("identify");
        kiosk.click("help-call");
        assertTrue(shown("help-panel"));
        assertEquals("咨询电话：12345", kiosk.text("help-hotline"), "the hotline shows at once");

        await().atMost(Duration.ofSeconds(10)).until(() -> openAtTheDesk().size() == 1);
        JsonNode asked = openAtTheDesk().get(0);
        assertEquals("identify", asked.get("screen").asText());
        assertEquals("GA-0002", asked.get("serviceCode").asText());
        assertEquals("zh", asked.get("language").asText());
        assertFalse(asked.get("elderly").asBoolean());
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.text("help-status").startsWith("服务台已收到"));
        assertEquals("服务台已收到，工作人员预计 1 分钟内到达", kiosk.text("help-status"));

        String id = asked.get("requestId").asText();
        assertEquals(200, admin("/admin/help/" + id + "/answer",
                "{\"message\":{\"zh\":\"工作人员马上过来\",\"en\":\"Staff are on their way\"},\"staffName\":\"王工\"}"));
        await().atMost(Duration.ofSeconds(15)).until(() -> shown("help-answer"));
        assertEquals("工作人员马上过来（王工）", kiosk.text("help-answer"));
        kiosk.robot().interact(() -> kiosk.app().navigator().messages().toggle()); // the panel covers the header
        assertEquals("Staff are on their way (王工)", kiosk.text("help-answer"));
        assertEquals("Hotline: 12345", kiosk.text("help-hotline"));

        kiosk.click("help-back");
        assertFalse(shown("help-panel"), "继续办理 puts the panel away");
        assertEquals(1, openAtTheDesk().size(), "and keeps the call open");

        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(10)).until(() -> openAtTheDesk().isEmpty());
        assertEquals(0, kiosk.app().assembly().help().openCount(), "helpWaiting of the next heartbeat");

        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        assertFalse(shown("help-panel"), "the next citizen sees nothing of the last call");
    }

    @Test
    void a长辈版CallInEnglishSaysSoAnd取消呼叫ClosesIt() throws Exception {
        kiosk.touch(new Action.Start());
        kiosk.touch(new Action.ElderlyMode(true));
        kiosk.awaitScreen("home");
        kiosk.click("language-toggle");
        kiosk.click("help-call");
        await().atMost(Duration.ofSeconds(10)).until(() -> openAtTheDesk().size() == 1);
        JsonNode asked = openAtTheDesk().get(0);
        assertEquals("home", asked.get("screen").asText());
        assertTrue(asked.get("serviceCode").isNull(), "no service chosen yet");
        assertEquals("en", asked.get("language").asText());
        assertTrue(asked.get("elderly").asBoolean());

        await().atMost(Duration.ofSeconds(10)).until(() -> shown("help-cancel"));
        kiosk.click("help-cancel");
        assertFalse(shown("help-panel"));
        await().atMost(Duration.ofSeconds(10)).until(() -> openAtTheDesk().isEmpty());
        assertEquals("home", kiosk.screen(), "the visit goes on");
    }

    @Test
    void whileTheHelpPanelIsOpenTheHeadersTogglesStillTakeATouch() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.click("help-call");
        assertTrue(shown("help-panel"));
        // Real taps where the header's buttons are: the panel covered them once, so 长辈版 and English were out of reach.
        kiosk.click("elderly-toggle");
        kiosk.click("language-toggle");
        assertTrue(kiosk.app().navigator().visit().state().elderly(), "长辈版 switched on under an open help panel");
        assertTrue(kiosk.app().navigator().messages().english(), "and English");
        assertTrue(shown("help-panel"), "the panel stays open");
        assertEquals("Continue", kiosk.text("help-back"), "and speaks the language chosen");
    }

    @Test
    void whenThePlatformRefusesTheCallTheHotlineIsTheWay() {
        kiosk.platform().setFaults(Faults.parse("disabled=true,path=/api/v1/kiosks/KSK-330304-0001/help"));
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.click("help-call");
        assertEquals("咨询电话：12345", kiosk.text("help-hotline"));
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.text("help-status").equals("暂时联系不上服务台，请拨打咨询电话"));
        assertFalse(shown("help-cancel"), "nothing to cancel");
    }

    private static boolean shown(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).match(Node::isVisible).tryQuery()
                .filter(n -> n.getScene() != null && (n.getParent() == null || n.getParent().isVisible())).isPresent();
    }

    private static List<JsonNode> openAtTheDesk() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(kiosk.platform().url() + "/admin/help")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.body()).get("requests").forEach(out::add);
        return out;
    }

    private static int admin(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(kiosk.platform().url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
