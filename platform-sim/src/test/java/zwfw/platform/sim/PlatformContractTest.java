package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The simulator against the contract, over real HTTP on 127.0.0.1, with a client written from the contract alone. */
class PlatformContractTest {
    static final String KIOSK = "KSK-330304-0001";
    static final String SECRET = "s3cret-for-tests";
    static final String ID = "11010519491231002X";
    static final String NAME = "张三丰";

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock();
    PlatformSimulator sim;
    SignedHttp http;

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(SimOptions.of(0, dir, KIOSK, SECRET).withClock(clock).withReviewStep(Duration.ofMinutes(10)));
        http = new SignedHttp(sim.url(), KIOSK, SECRET);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Moves the platform's clock and the test client's with it (the kiosk's clock is in sync). */
    void advance(Duration d) {
        clock.advance(d);
        http.timestampShiftMs += d.toMillis();
    }

    static ObjectNode caseBody(String clientCaseId, String service) {
        ObjectNode c = SignedHttp.JSON.createObjectNode();
        c.put("clientCaseId", clientCaseId);
        c.put("serviceCode", service);
        c.put("kioskId", KIOSK);
        c.put("channel", "KIOSK_24H");
        c.put("submittedAt", "2026-11-24T09:30:00+08:00");
        ObjectNode a = c.putObject("applicant");
        a.put("name", NAME);
        a.put("idType", "RESIDENT_ID");
        a.put("idNumber", ID);
        a.put("phone", "13800138000");
        c.putNull("agent");
        ObjectNode form = c.putObject("form");
        form.put("purpose", "个人证明");
        form.put("phone", "13800138000");
        form.put("copies", 1);
        c.putArray("attachments");
        return c;
    }

    @Test
    void catalogHasTwelveServicesOfSixDepartmentsIncludingTheRestaurantBundleAndAnswers304ForItsEtag() throws Exception {
        SignedHttp.Answer a = http.get("/api/v1/catalog", Map.of());
        assertEquals(200, a.status());
        JsonNode services = a.json().get("services");
        assertTrue(services.size() >= 12);
        Set<String> prefixes = new HashSet<>();
        Set<String> types = new HashSet<>();
        boolean bundle = false;
        for (JsonNode s : services) {
            prefixes.add(s.get("code").asText().split("-")[0]);
            bundle |= s.get("name").get("zh").asText().contains("餐饮准营准贷");
            s.get("form").forEach(f -> types.add(f.get("type").asText()));
        }
        assertTrue(prefixes.containsAll(List.of("RS", "YB", "BDC", "GA", "SJ", "QW")), prefixes.toString());
        assertTrue(bundle);
        assertEquals(Set.of("text", "integer", "phone", "idNumber", "date", "select", "checkbox", "attachment"), types);
        String etag = a.raw().headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/api/v1/catalog", Map.of("If-None-Match", etag)).status());
        sim.setServiceEnabled("GA-0002", false);
        SignedHttp.Answer changed = http.get("/api/v1/catalog", Map.of("If-None-Match", etag));
        assertEquals(200, changed.status());
        assertEquals(a.json().get("version").asLong() + 1, changed.json().get("version").asLong());
    }

    @Test
    void aCaseIsAcceptedOnceAndARepeatWithTheSameBodyGetsTheSameCaseNumber() throws Exception {
        String id = UUID.randomUUID().toString();
        SignedHttp.Answer first = http.post("/api/v1/cases", caseBody(id, "RS-0001"));
        assertEquals(201, first.status());
        String caseNo = first.json().get("caseNo").asText();
        assertTrue(caseNo.matches("SA[0-9]{8}[0-9]{6}"), caseNo);
        assertEquals("ACCEPTED", first.json().get("status").asText());
        assertEquals(sim.url() + "/q/" + caseNo, first.json().get("queryUrl").asText());
        assertTrue(first.json().get("acceptedAt").asText().matches(".*T\\d\\d:\\d\\d:\\d\\d\\+08:00"));
        // the same JSON with its keys in another order is the same body
        ObjectNode reordered = SignedHttp.JSON.createObjectNode();
        List<String> keys = new java.util.ArrayList<>();
        caseBody(id, "RS-0001").fieldNames().forEachRemaining(keys::add);
        java.util.Collections.reverse(keys);
        ObjectNode body = caseBody(id, "RS-0001");
        keys.forEach(k -> reordered.set(k, body.get(k)));
        SignedHttp.Answer again = http.post("/api/v1/cases", reordered);
        assertEquals(200, again.status());
        assertEquals(caseNo, again.json().get("caseNo").asText());
        assertEquals(1, sim.cases().size());
    }

    @Test
    void theSameClientCaseIdWithADifferentBodyIs409() throws Exception {
        String id = UUID.randomUUID().toString();
        assertEquals(201, http.post("/api/v1/cases", caseBody(id, "RS-0001")).status());
        ObjectNode changed = caseBody(id, "RS-0001");
        ((ObjectNode) changed.get("form")).put("copies", 2);
        SignedHttp.Answer a = http.post("/api/v1/cases", changed);
        assertEquals(409, a.status());
        assertEquals("DUPLICATE_CONFLICT", a.code());
    }

    @Test
    void unknownAndClosedServicesAre422() throws Exception {
        SignedHttp.Answer unknown = http.post("/api/v1/cases", caseBody(UUID.randomUUID().toString(), "XX-9999"));
        assertEquals(422, unknown.status());
        assertEquals("UNKNOWN_SERVICE", unknown.code());
        sim.setServiceEnabled("RS-0001", false);
        SignedHttp.Answer closed = http.post("/api/v1/cases", caseBody(UUID.randomUUID().toString(), "RS-0001"));
        assertEquals(422, closed.status());
        assertEquals("SERVICE_CLOSED", closed.code());
    }

    @Test
    void formFieldsAreValidatedAgainstTheServiceSchemaWithTheFieldNamed() throws Exception {
        ObjectNode badPhone = caseBody(UUID.randomUUID().toString(), "RS-0001");
        ((ObjectNode) badPhone.get("form")).put("phone", "12345");
        SignedHttp.Answer a = http.post("/api/v1/cases", badPhone);
        assertEquals(400, a.status());
        assertEquals("VALIDATION_FAILED", a.code());
        assertEquals("form.phone", a.json().get("field").asText());

        ObjectNode missing = caseBody(UUID.randomUUID().toString(), "RS-0001");
        ((ObjectNode) missing.get("form")).remove("purpose");
        assertEquals("form.purpose", http.post("/api/v1/cases", missing).json().get("field").asText());

        ObjectNode badId = caseBody(UUID.randomUUID().toString(), "RS-0001");
        ((ObjectNode) badId.get("applicant")).put("idNumber", "110105194912310021");
        assertEquals("applicant.idNumber", http.post("/api/v1/cases", badId).json().get("field").asText());

        ObjectNode outOfRange = caseBody(UUID.randomUUID().toString(), "RS-0001");
        ((ObjectNode) outOfRange.get("form")).put("copies", 9);
        assertEquals("form.copies", http.post("/api/v1/cases", outOfRange).json().get("field").asText());
        assertEquals(400, http.post("/api/v1/cases", "not json".getBytes()).status());
        assertTrue(sim.cases().isEmpty());
    }

    @Test
    void aWrongSignatureIs401BadSignature() throws Exception {
        SignedHttp.Answer a = http.send("GET", "/api/v1/catalog", null, Map.of(), "another-secret");
        assertEquals(401, a.status());
        assertEquals("BAD_SIGNATURE", a.code());
        SignedHttp other = new SignedHttp(sim.url(), "KSK-UNKNOWN-0001", SECRET);
        assertEquals("BAD_SIGNATURE", other.get("/api/v1/catalog", Map.of()).code());
    }

    @Test
    void aTamperedBodyDoesNotVerify() throws Exception {
        // signed for one body, sent with another: the body hash is part of the signature
        SignedHttp.Answer a = http.send("POST", "/api/v1/evaluations", "{}".getBytes(), Map.of(), SECRET);
        assertEquals(400, a.status()); // sanity: a correctly signed empty object is a validation error
        assertEquals(401, new TamperingClient(http).postTampered("/api/v1/evaluations").statusCode());
    }

    @Test
    void aReplayedNonceIs401ReplayedNonce() throws Exception {
        http.fixedNonce = "nonce-0123456789abcdef";
        assertEquals(200, http.get("/api/v1/catalog", Map.of()).status());
        SignedHttp.Answer replay = http.get("/api/v1/catalog", Map.of());
        assertEquals(401, replay.status());
        assertEquals("REPLAYED_NONCE", replay.code());
    }

    @Test
    void aClockOffByMoreThanFiveMinutesIs401TimestampSkew() throws Exception {
        http.timestampShiftMs = -301_000;
        SignedHttp.Answer a = http.get("/api/v1/catalog", Map.of());
        assertEquals(401, a.status());
        assertEquals("TIMESTAMP_SKEW", a.code());
        http.timestampShiftMs = 290_000;
        assertEquals(200, http.get("/api/v1/catalog", Map.of()).status());
    }

    @Test
    void caseProgressMovesFromAcceptedThroughReviewToCompletedOnTheClock() throws Exception {
        String caseNo = http.post("/api/v1/cases", caseBody(UUID.randomUUID().toString(), "RS-0001")).json().get("caseNo").asText();
        SignedHttp.Answer s = http.get("/api/v1/cases/" + caseNo, Map.of());
        assertEquals(200, s.status());
        assertEquals("ACCEPTED", s.json().get("status").asText());
        assertEquals("RS-0001", s.json().get("serviceCode").asText());
        advance(Duration.ofMinutes(11));
        assertEquals("IN_REVIEW", http.get("/api/v1/cases/" + caseNo, Map.of()).json().get("status").asText());
        advance(Duration.ofMinutes(10));
        SignedHttp.Answer done = http.get("/api/v1/cases/" + caseNo, Map.of());
        assertEquals("COMPLETED", done.json().get("status").asText());
        assertEquals(3, done.json().get("history").size());
        SignedHttp.Answer unknown = http.get("/api/v1/cases/SA20000101000001", Map.of());
        assertEquals(404, unknown.status());
    }

    @Test
    void evaluationsAreIdempotentAndABadRatingNeedsAReason() throws Exception {
        String caseNo = http.post("/api/v1/cases", caseBody(UUID.randomUUID().toString(), "RS-0001")).json().get("caseNo").asText();
        ObjectNode ev = SignedHttp.JSON.createObjectNode();
        ev.put("clientEvaluationId", UUID.randomUUID().toString());
        ev.put("caseNo", caseNo);
        ev.put("kioskId", KIOSK);
        ev.put("level", 2);
        ev.putArray("tags");
        ev.put("comment", "");
        ev.put("evaluatedAt", "2026-11-24T09:35:00+08:00");
        SignedHttp.Answer noReason = http.post("/api/v1/evaluations", ev);
        assertEquals(400, noReason.status());
        ev.withArray("tags").add("等待时间长");
        SignedHttp.Answer first = http.post("/api/v1/evaluations", ev);
        assertEquals(201, first.status());
        SignedHttp.Answer again = http.post("/api/v1/evaluations", ev);
        assertEquals(200, again.status());
        assertEquals(first.json().get("evaluationId"), again.json().get("evaluationId"));
        ev.put("level", 5);
        assertEquals(409, http.post("/api/v1/evaluations", ev).status());
        assertEquals(1, sim.evaluationCount());
    }

    @Test
    void heartbeatReturnsQueuedCommandsOnceAndRefusesAnotherKiosksPath() throws Exception {
        ObjectNode hb = SignedHttp.JSON.createObjectNode();
        hb.put("at", "2026-11-24T09:30:00+08:00");
        hb.put("outboxDepth", 0);
        assertEquals(0, http.post("/api/v1/kiosks/" + KIOSK + "/heartbeat", hb).json().get("commands").size());
        assertEquals(204, http.admin("POST", "/admin/kiosks/" + KIOSK + "/commands", Map.of("type", "LOCK", "reason", "维护")).status());
        sim.queueCommand(KIOSK, "RELOAD_CATALOG", null);
        JsonNode commands = http.post("/api/v1/kiosks/" + KIOSK + "/heartbeat", hb).json().get("commands");
        assertEquals(2, commands.size());
        assertEquals("LOCK", commands.get(0).get("type").asText());
        assertEquals("维护", commands.get(0).get("reason").asText());
        assertEquals("RELOAD_CATALOG", commands.get(1).get("type").asText());
        assertEquals(0, http.post("/api/v1/kiosks/" + KIOSK + "/heartbeat", hb).json().get("commands").size());
        assertNotNull(sim.lastHeartbeat(KIOSK));
        assertEquals(403, http.post("/api/v1/kiosks/KSK-OTHER-0002/heartbeat", hb).status());
        assertEquals(400, http.admin("POST", "/admin/kiosks/" + KIOSK + "/commands", Map.of("type", "REBOOT")).status());
    }

    @Test
    void aQrTokenIsExchangedOnceAndExpiresAfterFiveMinutes() throws Exception {
        SignedHttp.Answer issued = http.admin("POST", "/admin/qr-tokens",
                Map.of("name", NAME, "idType", "RESIDENT_ID", "idNumber", ID, "phone", "13800138000"));
        assertEquals(201, issued.status());
        String token = issued.json().get("token").asText();
        assertEquals("zwfw://auth?token=" + token, issued.json().get("qrText").asText());
        SignedHttp.Answer id = http.post("/api/v1/identity/qr-token", Map.of("token", token));
        assertEquals(200, id.status());
        assertEquals(NAME, id.json().get("name").asText());
        assertEquals(ID, id.json().get("idNumber").asText());
        SignedHttp.Answer used = http.post("/api/v1/identity/qr-token", Map.of("token", token));
        assertEquals(404, used.status());
        assertEquals("TOKEN_INVALID", used.code());
        String late = sim.issueQrToken(NAME, "RESIDENT_ID", ID, null).token();
        advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals("TOKEN_INVALID", http.post("/api/v1/identity/qr-token", Map.of("token", late)).code());
        assertEquals("TOKEN_INVALID", http.post("/api/v1/identity/qr-token", Map.of("token", "short")).code());
    }

    @Test
    void rateLimitingAnswers429WithRetryAfter() throws Exception {
        sim.setFaults(Faults.parse("429=1,retryAfter=7"));
        SignedHttp.Answer a = http.get("/api/v1/catalog", Map.of());
        assertEquals(429, a.status());
        assertEquals("7", a.raw().headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void theDisabledSwitchAnswers403KioskDisabled() throws Exception {
        sim.setFaults(Faults.parse("disabled"));
        SignedHttp.Answer a = http.get("/api/v1/catalog", Map.of());
        assertEquals(403, a.status());
        assertEquals("KIOSK_DISABLED", a.code());
        assertEquals(204, http.admin("POST", "/admin/faults", Map.of("spec", "none")).status());
        assertEquals(200, http.get("/api/v1/catalog", Map.of()).status());
    }

    @Test
    void injectedErrorsAre503AndDroppedConnectionsGiveNoAnswer() throws Exception {
        sim.setFaults(Faults.parse("error=1"));
        assertEquals(503, http.get("/api/v1/catalog", Map.of()).status());
        sim.setFaults(Faults.parse("drop=1"));
        assertThrows(IOException.class, () -> http.get("/api/v1/catalog", Map.of()));
    }

    @Test
    void faultsLimitedToOnePathLeaveTheOtherPathsAnswering() throws Exception {
        sim.setFaults(Faults.parse("error=1,path=/api/v1/cases"));
        assertEquals(503, http.post("/api/v1/cases", caseBody(UUID.randomUUID().toString(), "RS-0001")).status());
        assertEquals(200, http.get("/api/v1/catalog", Map.of()).status());
    }

    @Test
    void aCaseWhoseAnswerWasDroppedIsStillStoredAndARetryGetsItsNumber() throws Exception {
        sim.setFaults(new Faults(0, 0, 1, 0, 0, 0, 1, false, 3, "")); // drop=1: half before, half after processing
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 20 && sim.cases().isEmpty(); i++) {
            assertThrows(IOException.class, () -> http.post("/api/v1/cases", caseBody(id, "RS-0001")));
        }
        assertEquals(1, sim.cases().size());
        sim.setFaults(Faults.none());
        SignedHttp.Answer retry = http.post("/api/v1/cases", caseBody(id, "RS-0001"));
        assertEquals(200, retry.status());
        assertEquals(sim.cases().get(0).caseNo(), retry.json().get("caseNo").asText());
    }

    @Test
    void personalDataNeverReachesTheSimulatorsLog() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        root.addAppender(seen);
        try {
            String id = UUID.randomUUID().toString();
            http.post("/api/v1/cases", caseBody(id, "RS-0001"));
            http.post("/api/v1/cases", caseBody(id, "RS-0001"));
            ObjectNode bad = caseBody(UUID.randomUUID().toString(), "RS-0001");
            ((ObjectNode) bad.get("form")).put("phone", "12345");
            http.post("/api/v1/cases", bad);
            String token = sim.issueQrToken(NAME, "RESIDENT_ID", ID, "13800138000").token();
            http.post("/api/v1/identity/qr-token", Map.of("token", token));
        } finally {
            root.detachAppender(seen);
        }
        assertFalse(seen.list.isEmpty());
        for (ILoggingEvent e : seen.list) {
            String line = e.getFormattedMessage();
            assertFalse(line.contains(ID) || line.contains(NAME) || line.contains("13800138000"), line);
        }
    }
}
