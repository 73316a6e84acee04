package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract §10 (help requests) over real HTTP on 127.0.0.1, and the desk's admin side. */
class HelpRequestContractTest {
    static final String KIOSK = "KSK-330304-0001";
    static final String OTHER = "KSK-330304-0002";
    static final String SECRET = "s3cret-for-tests";
    static final String BASE = "/api/v1/kiosks/" + KIOSK + "/help";

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock();
    PlatformSimulator sim;
    SignedHttp http;

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(options());
        http = new SignedHttp(sim.url(), KIOSK, SECRET);
    }

    SimOptions options() {
        return SimOptions.of(0, dir, KIOSK, SECRET).withClock(clock).withKiosks(Map.of(KIOSK, SECRET, OTHER, SECRET));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    static ObjectNode ask(String clientId) {
        ObjectNode b = SignedHttp.JSON.createObjectNode();
        b.put("clientRequestId", clientId);
        b.put("at", "2026-11-29T10:30:00+08:00");
        b.put("screen", "form");
        b.put("serviceCode", "RS-0001");
        b.put("language", "zh");
        b.put("elderly", true);
        return b;
    }

    SignedHttp.Answer delete(String path) throws Exception {
        return http.send("DELETE", path, null, Map.of(), SECRET);
    }

    @Test
    void aRequestIsCreatedOnceAndARepeatAnswers200WithTheSameId() throws Exception {
        String id = UUID.randomUUID().toString();
        SignedHttp.Answer first = http.post(BASE, ask(id));
        assertEquals(201, first.status());
        String requestId = first.json().path("requestId").asText();
        assertTrue(requestId.matches("HR\\d{8}\\d{5}"), requestId);
        int wait = first.json().path("estimatedWaitSeconds").asInt();
        assertTrue(wait >= HelpDesk.MIN_WAIT_SECONDS && wait <= HelpDesk.MAX_WAIT_SECONDS, "wait " + wait);

        SignedHttp.Answer again = http.post(BASE, ask(id));
        assertEquals(200, again.status());
        assertEquals(requestId, again.json().path("requestId").asText());

        SignedHttp.Answer changed = http.post(BASE, ask(id).put("screen", "confirm"));
        assertEquals(409, changed.status());
        assertEquals("DUPLICATE_CONFLICT", changed.code());
    }

    @Test
    void aNewRequestIsWaitingAndUnknownOrForeignIdsAre404() throws Exception {
        String requestId = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("requestId").asText();
        JsonNode s = http.get(BASE + "/" + requestId, Map.of()).json();
        assertEquals("WAITING", s.path("status").asText());
        assertTrue(s.get("message").isNull());
        assertTrue(s.get("staffName").isNull());
        assertTrue(s.path("updatedAt").asText().endsWith("+08:00"));

        assertEquals(404, http.get(BASE + "/HR2026112999999", Map.of()).status());
        SignedHttp other = new SignedHttp(sim.url(), OTHER, SECRET);
        SignedHttp.Answer foreign = other.get("/api/v1/kiosks/" + OTHER + "/help/" + requestId, Map.of());
        assertEquals(404, foreign.status(), "another kiosk's request is not found");
        assertEquals("HELP_NOT_FOUND", foreign.code());
        assertEquals(403, other.get(BASE + "/" + requestId, Map.of()).status(), "a kiosk cannot speak for another");
    }

    @Test
    void deleteAnswers204AndTheRequestIsClosed() throws Exception {
        String requestId = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("requestId").asText();
        assertEquals(204, delete(BASE + "/" + requestId).status());
        assertEquals("CLOSED", http.get(BASE + "/" + requestId, Map.of()).json().path("status").asText());
        assertEquals(204, delete(BASE + "/" + requestId).status(), "closing twice is harmless");
        assertEquals(0, http.admin("GET", "/admin/help", null).json().path("requests").size());
    }

    @Test
    void staffAnswerThroughTheAdminApiAndTheKioskSeesItWithTheStaffName() throws Exception {
        String requestId = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("requestId").asText();
        JsonNode open = http.admin("GET", "/admin/help", null).json().path("requests");
        assertEquals(1, open.size());
        assertEquals(requestId, open.get(0).path("requestId").asText());
        assertEquals("form", open.get(0).path("screen").asText());
        assertEquals(KIOSK, open.get(0).path("kioskId").asText());

        ObjectNode answer = SignedHttp.JSON.createObjectNode();
        answer.putObject("message").put("zh", "工作人员马上过来").put("en", "Staff are on their way");
        answer.put("staffName", "王工");
        assertEquals(200, http.admin("POST", "/admin/help/" + requestId + "/answer", answer).status());

        JsonNode s = http.get(BASE + "/" + requestId, Map.of()).json();
        assertEquals("ANSWERED", s.path("status").asText());
        assertEquals("工作人员马上过来", s.path("message").path("zh").asText());
        assertEquals("Staff are on their way", s.path("message").path("en").asText());
        assertEquals("王工", s.path("staffName").asText());

        assertEquals(404, http.admin("POST", "/admin/help/HR2026112999999/answer", answer).status());
        assertEquals(400, http.admin("POST", "/admin/help/" + requestId + "/answer",
                SignedHttp.JSON.createObjectNode().put("staffName", "王工")).status(), "an answer needs a message");
        assertEquals(204, http.admin("POST", "/admin/help/" + requestId + "/close", null).status());
        SignedHttp.Answer late = http.admin("POST", "/admin/help/" + requestId + "/answer", answer);
        assertEquals(409, late.status());
        assertEquals("HELP_CLOSED", late.code());
    }

    @Test
    void aBodyWithAFieldTheContractDoesNotNameIsRefusedSoNoPersonalDataGetsIn() throws Exception {
        SignedHttp.Answer a = http.post(BASE, ask(UUID.randomUUID().toString()).put("name", "张三丰"));
        assertEquals(400, a.status());
        assertEquals("VALIDATION_FAILED", a.code());
        assertEquals("name", a.json().path("field").asText());
    }

    @Test
    void eachFieldIsValidated() throws Exception {
        Map<String, ObjectNode> bad = Map.of(
                "screen", ask(UUID.randomUUID().toString()).put("screen", "x".repeat(201)),
                "language", ask(UUID.randomUUID().toString()).put("language", "fr"),
                "elderly", ask(UUID.randomUUID().toString()).put("elderly", "yes"),
                "at", ask(UUID.randomUUID().toString()).put("at", "yesterday"),
                "clientRequestId", ask("not-a-uuid"));
        for (Map.Entry<String, ObjectNode> e : bad.entrySet()) {
            SignedHttp.Answer a = http.post(BASE, e.getValue());
            assertEquals(400, a.status(), e.getKey());
            assertEquals(e.getKey(), a.json().path("field").asText());
        }
        assertEquals(201, http.post(BASE, ask(UUID.randomUUID().toString()).putNull("serviceCode")).status(),
                "serviceCode may be null");
    }

    @Test
    void theWaitGrowsWithTheRequestsAhead() throws Exception {
        int first = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("estimatedWaitSeconds").asInt();
        int second = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("estimatedWaitSeconds").asInt();
        assertEquals(HelpDesk.MIN_WAIT_SECONDS, first);
        assertEquals(first + HelpDesk.SECONDS_PER_REQUEST_AHEAD, second);
    }

    @Test
    void requestsSurviveARestartAndClosedOnesAreDroppedAfterADay() throws Exception {
        String open = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("requestId").asText();
        String closed = http.post(BASE, ask(UUID.randomUUID().toString())).json().path("requestId").asText();
        delete(BASE + "/" + closed);
        sim.close();
        sim = PlatformSimulator.start(options());
        http = new SignedHttp(sim.url(), KIOSK, SECRET);
        assertEquals("WAITING", http.get(BASE + "/" + open, Map.of()).json().path("status").asText());
        assertEquals("CLOSED", http.get(BASE + "/" + closed, Map.of()).json().path("status").asText());

        clock.advance(Duration.ofHours(25));
        http.timestampShiftMs += Duration.ofHours(25).toMillis();
        http.post(BASE, ask(UUID.randomUUID().toString()));
        assertEquals(404, http.get(BASE + "/" + closed, Map.of()).status(), "closed a day ago: dropped");
        assertEquals("WAITING", http.get(BASE + "/" + open, Map.of()).json().path("status").asText(), "open ones stay");
    }
}
