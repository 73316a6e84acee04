package zwfw.kiosk.core.help;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.heartbeat.HeartbeatReporter;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitState;
import zwfw.kiosk.drivers.device.Device;

/** The citizen's call for help against the platform simulator over real HTTP on 127.0.0.1 (contract §10). */
class HelpRequestsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock SHANGHAI = Clock.system(ZoneId.of("Asia/Shanghai"));
    static final HelpRequests.Timing FAST = new HelpRequests.Timing(Duration.ofMillis(100),
            List.of(Duration.ofMillis(50), Duration.ofMillis(50)));

    @TempDir
    Path dir;
    KioskFixture k;
    HelpRequests help;
    final List<HelpUpdate> updates = new CopyOnWriteArrayList<>();
    final HttpClient admin = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        k = new KioskFixture(dir);
        help = new HelpRequests(k.client, SHANGHAI, FAST, updates::add);
    }

    @AfterEach
    void stop() {
        help.close();
        k.close();
    }

    JsonNode admin(String method, String path, String body) throws Exception {
        HttpResponse<String> r = admin.send(HttpRequest.newBuilder(URI.create(k.sim.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(r.statusCode() / 100 == 2, path + " -> " + r.statusCode() + " " + r.body());
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    JsonNode openOnTheDesk() throws Exception {
        return admin("GET", "/admin/help", null).path("requests");
    }

    HelpUpdate.Waiting awaitWaiting() {
        await().until(() -> updates.stream().anyMatch(HelpUpdate.Waiting.class::isInstance));
        return (HelpUpdate.Waiting) updates.stream().filter(HelpUpdate.Waiting.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void aCallReachesTheDeskWithScreenServiceAndModeAndStaffsAnswerReachesTheListener() throws Exception {
        help.call("form", "RS-0001", "en", true);
        HelpUpdate.Waiting w = awaitWaiting();
        assertTrue(w.estimatedWaitSeconds() > 0);
        assertEquals(1, help.openCount());
        JsonNode desk = openOnTheDesk();
        assertEquals(1, desk.size());
        assertEquals(w.requestId(), desk.get(0).path("requestId").asText());
        assertEquals("form", desk.get(0).path("screen").asText());
        assertEquals("RS-0001", desk.get(0).path("serviceCode").asText());
        assertEquals("en", desk.get(0).path("language").asText());
        assertTrue(desk.get(0).path("elderly").asBoolean());
        assertTrue(desk.get(0).path("at").asText().endsWith("+08:00"), "the configured zone");

        admin("POST", "/admin/help/" + w.requestId() + "/answer",
                "{\"message\":{\"zh\":\"工作人员马上过来\",\"en\":\"Staff are on their way\"},\"staffName\":\"王工\"}");

        await().until(() -> help.latest().orElse(null) instanceof HelpUpdate.Answered);
        HelpUpdate.Answered a = (HelpUpdate.Answered) help.latest().orElseThrow();
        assertEquals("Staff are on their way", a.message("en"));
        assertEquals("工作人员马上过来", a.message("zh"));
        assertEquals("王工", a.staffName());
        assertEquals(1, help.openCount(), "answered is still open until it is closed");
        assertEquals(1, updates.stream().filter(HelpUpdate.Answered.class::isInstance).count(), "one answer, published once");
    }

    @Test
    void aSecondCallWhileOneIsOpenMakesNoSecondRequest() throws Exception {
        help.call("form", null, "zh", false);
        help.call("confirm", null, "zh", false);
        awaitWaiting();
        await().until(() -> updates.size() >= 2);
        assertEquals(1, openOnTheDesk().size());
        assertEquals(updates.get(0), updates.get(1), "the second call hears the first request's state again");
    }

    @Test
    void cancelWhenTheVisitEndsClosesTheRequestOnThePlatform() throws Exception {
        help.call("form", "RS-0001", "zh", false);
        String id = awaitWaiting().requestId();

        help.cancel();

        await().until(() -> help.latest().orElse(null) instanceof HelpUpdate.Closed);
        assertEquals(new HelpUpdate.Closed(id), help.latest().orElseThrow());
        assertEquals(0, help.openCount());
        assertEquals(0, openOnTheDesk().size());
        assertEquals("CLOSED", k.client.helpStatus(id).value().status());
    }

    @Test
    void theEndOfTheVisitClosesTheRequestAndOtherChangesLeaveItOpen() throws Exception {
        help.call("form", "RS-0001", "zh", true);
        String id = awaitWaiting().requestId();
        HelpEndsWithVisit ends = new HelpEndsWithVisit(help);
        VisitState s = VisitState.initial(true);

        ends.changed(new VisitChange(s, new VisitEvent.IdleTimeout(), s, List.of(new Milestone.ServiceChosen(1, "RS-0001"))));
        help.call("form", "RS-0001", "zh", true); // queued behind any cancel: hears the same request if it is still open
        await().until(() -> updates.size() == 2);
        assertEquals(updates.get(0), updates.get(1), "a change that does not end the visit leaves the request open");
        ends.changed(new VisitChange(s, new VisitEvent.IdleTimeout(), s,
                List.of(new Milestone.VisitEnded(1, Milestone.EndReason.TIMEOUT, "RS-0001", false))));

        await().until(() -> help.latest().orElse(null) instanceof HelpUpdate.Closed);
        assertEquals(new HelpUpdate.Closed(id), help.latest().orElseThrow());
        assertEquals(0, openOnTheDesk().size());
    }

    @Test
    void staffClosingTheRequestEndsItAtTheKioskToo() throws Exception {
        help.call("service-list", null, "zh", true);
        String id = awaitWaiting().requestId();
        admin("POST", "/admin/help/" + id + "/close", null);
        await().until(() -> help.latest().orElse(null) instanceof HelpUpdate.Closed);
        assertEquals(0, help.openCount());
    }

    @Test
    void anUnreachablePlatformGivesOfflineAtOnceWithoutRetrying() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (PlatformClient nowhere = new PlatformClient(new PlatformSettings("http://127.0.0.1:" + port, KioskFixture.KIOSK,
                KioskFixture.SECRET, new PlatformTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)), null, List.of()));
             HelpRequests offline = new HelpRequests(nowhere, SHANGHAI, new HelpRequests.Timing(Duration.ofMillis(100),
                     List.of(Duration.ofSeconds(30))), updates::add)) {
            long t0 = System.nanoTime();
            offline.call("form", null, "zh", false);
            await().until(() -> !updates.isEmpty());
            System.out.printf("offline outcome after %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            assertInstanceOf(HelpUpdate.Offline.class, updates.get(0), "a 30 s retry wait would time the await out");
            assertEquals(0, offline.openCount());
        }
    }

    @Test
    void aBusyPlatformIsRetriedWithTheSameRequestAndGivesOfflineWhenItStaysBusy() throws Exception {
        k.sim.setFaults(zwfw.platform.sim.Faults.parse("error=1.0"));
        help.call("form", null, "zh", false);
        await().until(() -> !updates.isEmpty());
        assertInstanceOf(HelpUpdate.Offline.class, updates.get(0));
        k.sim.setFaults(zwfw.platform.sim.Faults.none());
        help.call("form", null, "zh", false);
        awaitWaiting();
        assertEquals(1, openOnTheDesk().size(), "after Offline a new call files afresh");
    }

    @Test
    void aRequestWhoseAnswersWereLostIsClosedOnThePlatformWhenTheVisitEnds() throws Exception {
        k.sim.setFaults(zwfw.platform.sim.Faults.parse("drop=1.0"));
        help.call("form", null, "zh", false);
        await().until(() -> !updates.isEmpty());
        assertInstanceOf(HelpUpdate.Offline.class, updates.get(0));
        k.sim.setFaults(zwfw.platform.sim.Faults.none());
        assertTrue(openOnTheDesk().size() >= 1, "an answer was dropped after the desk took the request");

        help.cancel();

        await().until(() -> openOnTheDesk().isEmpty());
        assertEquals(0, help.openCount());
    }

    @Test
    void callingAgainAfterLostAnswersFindsTheSameRequestInsteadOfFilingASecond() throws Exception {
        k.sim.setFaults(zwfw.platform.sim.Faults.parse("drop=1.0"));
        help.call("form", null, "zh", false);
        await().until(() -> !updates.isEmpty());
        k.sim.setFaults(zwfw.platform.sim.Faults.none());
        JsonNode before = openOnTheDesk();
        assertTrue(before.size() >= 1, "an answer was dropped after the desk took the request");

        help.call("form", null, "zh", false);

        HelpUpdate.Waiting w = awaitWaiting();
        assertEquals(1, openOnTheDesk().size());
        assertEquals(before.get(0).path("requestId").asText(), w.requestId());
    }

    @Test
    void theHeartbeatReportsOpenHelpRequestsAsHelpWaiting() throws Exception {
        HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, List::<Device>of, new UsageToday(SHANGHAI),
                "1.0.0", OutboxListener.NONE, SHANGHAI);
        assertTrue(reporter.sendNow());
        assertFalse(JSON.readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK)).has("helpWaiting"), "not reported: left out");

        reporter.reportHelpWaiting(help::openCount);
        help.call("form", null, "zh", false);
        awaitWaiting();
        assertTrue(reporter.sendNow());
        assertEquals(1, JSON.readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK)).path("helpWaiting").asInt());

        help.cancel();
        await().until(() -> help.openCount() == 0);
        assertTrue(reporter.sendNow());
        JsonNode hb = JSON.readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK));
        assertTrue(hb.has("helpWaiting"));
        assertEquals(0, hb.path("helpWaiting").asInt());
    }
}
