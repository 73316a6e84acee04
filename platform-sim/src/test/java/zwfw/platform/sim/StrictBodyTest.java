package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract §1 (revision 2026-11-29): one JSON value, integers as exact values, texts of bounded length. */
class StrictBodyTest {
    static final String KIOSK = PlatformContractTest.KIOSK;

    @TempDir
    Path dir;
    PlatformSimulator sim;
    SignedHttp http;

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(SimOptions.of(0, dir, KIOSK, PlatformContractTest.SECRET));
        http = new SignedHttp(sim.url(), KIOSK, PlatformContractTest.SECRET);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A case body with {@code copies} written as this raw JSON number. */
    static byte[] caseWithCopies(String rawNumber) throws Exception {
        String json = SignedHttp.JSON.writeValueAsString(PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001"));
        return json.replace("\"copies\":1", "\"copies\":" + rawNumber).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551617", "-9223372036854775809", "9223372036854775807", "1e18", "1.5", "1.0", "6"})
    void anIntegerFieldOutsideItsRangeOrNotAnIntegerIsRefusedNeverWrapped(String copies) throws Exception {
        SignedHttp.Answer a = http.post("/api/v1/cases", caseWithCopies(copies));
        assertEquals(400, a.status(), copies);
        assertEquals("VALIDATION_FAILED", a.code());
        assertEquals("form.copies", a.json().get("field").asText());
        assertTrue(sim.cases().isEmpty());
    }

    @Test
    void theLargestAndSmallestAllowedCopiesAreAccepted() throws Exception {
        assertEquals(201, http.post("/api/v1/cases", caseWithCopies("5")).status());
        assertEquals(201, http.post("/api/v1/cases", caseWithCopies("1")).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551621", "-18446744073709551611", "5.0", "4294967301"})
    void anEvaluationLevelIsCheckedAsAnExactValue(String level) throws Exception {
        String caseNo = http.post("/api/v1/cases", PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001"))
                .json().get("caseNo").asText();
        String ev = "{\"clientEvaluationId\":\"" + UUID.randomUUID() + "\",\"caseNo\":\"" + caseNo + "\",\"kioskId\":\"" + KIOSK
                + "\",\"level\":" + level + ",\"tags\":[],\"comment\":\"\",\"evaluatedAt\":\"2026-11-24T09:35:00+08:00\"}";
        SignedHttp.Answer a = http.post("/api/v1/evaluations", ev.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, a.status(), level);
        assertEquals("VALIDATION_FAILED", a.code());
        assertEquals("level", a.json().get("field").asText());
        assertEquals(0, sim.evaluationCount());
    }

    @Test
    void anIntegerBeyond64BitsIsRefusedInAnyFieldWithTheFieldNamed() throws Exception {
        String hb = "{\"at\":\"2026-11-24T09:30:00+08:00\",\"outboxDepth\":0,\"usageToday\":{\"sessions\":18446744073709551616}}";
        SignedHttp.Answer a = http.post("/api/v1/kiosks/" + KIOSK + "/heartbeat", hb.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, a.status());
        assertEquals("usageToday.sessions", a.json().get("field").asText());
        SignedHttp.Answer negative = http.post("/api/v1/kiosks/" + KIOSK + "/heartbeat",
                "{\"at\":\"x\",\"outboxDepth\":-1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("outboxDepth", negative.json().get("field").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} x", "{}{}", "{} {\"a\":1}", "{}]", "{\"token\":\"abcdefghijklmnop\",\"token\":\"x\"}"})
    void aBodyIsExactlyOneJsonValueAnythingAfterItIsMalformed(String body) throws Exception {
        SignedHttp.Answer a = http.post("/api/v1/identity/qr-token", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, a.status(), body);
        assertEquals("MALFORMED", a.code());
    }

    @Test
    void aCaseWithTrailingGarbageIsMalformedAndNotStored() throws Exception {
        byte[] body = (SignedHttp.JSON.writeValueAsString(PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001"))
                + "garbage").getBytes(StandardCharsets.UTF_8);
        SignedHttp.Answer a = http.post("/api/v1/cases", body);
        assertEquals(400, a.status());
        assertEquals("MALFORMED", a.code());
        assertTrue(sim.cases().isEmpty());
    }

    @Test
    void aTextOver200CharactersIsRefusedWithItsFieldAndCharactersAreCodePoints() throws Exception {
        ObjectNode longName = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001");
        ((ObjectNode) longName.get("applicant")).put("name", "张".repeat(201));
        SignedHttp.Answer a = http.post("/api/v1/cases", longName);
        assertEquals(400, a.status());
        assertEquals("VALIDATION_FAILED", a.code());
        assertEquals("applicant.name", a.json().get("field").asText());

        // 200 characters outside the BMP are 400 UTF-16 units but 200 characters: accepted
        ObjectNode astral = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001");
        ((ObjectNode) astral.get("applicant")).put("name", "𠀀".repeat(200));
        assertEquals(201, http.post("/api/v1/cases", astral).status());

        ObjectNode longAttachmentName = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001");
        longAttachmentName.withArray("attachments").addObject().put("name", "a".repeat(201) + ".png")
                .put("contentType", "image/png").put("sha256", RequestAuthenticator.sha256Hex(new byte[0])).put("dataBase64", "");
        assertEquals("attachments[0].name", http.post("/api/v1/cases", longAttachmentName).json().get("field").asText());
    }

    @Test
    void aFormTextIsBoundByItsCatalogMaxLength() throws Exception {
        // YB-0002 destination: maxLength 40
        ObjectNode c = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "YB-0002");
        c.set("form", SignedHttp.JSON.createObjectNode());
        JsonNode service = service("YB-0002");
        for (JsonNode f : service.get("form")) {
            if (f.get("name").asText().equals("destination")) {
                assertEquals(40, f.get("maxLength").asInt());
            }
        }
        ((ObjectNode) c.get("form")).put("destination", "温".repeat(41));
        SignedHttp.Answer a = http.post("/api/v1/cases", c);
        assertEquals(400, a.status());
        assertEquals("form.destination", a.json().get("field").asText());
    }

    @Test
    void aTooLongCommentOrTagIsRefused() throws Exception {
        String caseNo = http.post("/api/v1/cases", PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001"))
                .json().get("caseNo").asText();
        ObjectNode ev = SignedHttp.JSON.createObjectNode();
        ev.put("clientEvaluationId", UUID.randomUUID().toString()).put("caseNo", caseNo).put("kioskId", KIOSK).put("level", 1);
        ev.putArray("tags").add("x".repeat(201));
        ev.put("comment", "");
        assertEquals("tags[0]", http.post("/api/v1/evaluations", ev).json().get("field").asText());
        ev.putArray("tags");
        ev.put("comment", "差".repeat(201));
        assertEquals("comment", http.post("/api/v1/evaluations", ev).json().get("field").asText());
        ev.put("comment", "差".repeat(200));
        assertEquals(201, http.post("/api/v1/evaluations", ev).status());
    }

    @Test
    void theCanonicalFingerprintIsTheOneEarlierStoresHold() throws Exception {
        JsonNode body = SignedHttp.JSON.readTree("{\"z\":[1,2.5,{\"b\":null,\"a\":true}],\"a\":\"张三 \\u0001\\\"\","
                + "\"m\":{\"y\":9223372036854775807,\"x\":-1e-7},\"e\":{},\"l\":[]}");
        ObjectMapper before = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        String old = RequestAuthenticator.sha256Hex(before.writeValueAsBytes(before.treeToValue(body, Object.class)));
        assertEquals(old, new JsonBodies(new ObjectMapper()).fingerprint(body));
    }

    private JsonNode service(String code) throws Exception {
        for (JsonNode s : http.get("/api/v1/catalog", Map.of()).json().get("services")) {
            if (s.get("code").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code);
    }
}
