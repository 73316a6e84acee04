package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's store holds no personal data in clear (names, ID numbers, phones): the raw SQLite file and its
 * -wal and -shm files are searched byte for byte, while it runs and after it stops, also for a store file written by
 * an earlier version. And any kiosk may read any case's progress (§3), whose answer carries no personal data.
 */
class PersonalDataAtRestTest {
    static final String KIOSK = PlatformContractTest.KIOSK;
    static final String SECRET = PlatformContractTest.SECRET;
    static final String OTHER_KIOSK = "KSK-330304-0002";
    static final String OTHER_SECRET = "another-kiosks-secret";
    static final String NAME = PlatformContractTest.NAME;
    static final String ID = PlatformContractTest.ID;
    static final String PHONE = "13800138000";
    static final String AGENT_NAME = "李四";
    static final String AGENT_ID = AgentCaseTest.AGENT_ID;
    static final String TOKEN_NAME = "王五六";
    static final String TOKEN_ID = "330304195808170055";
    static final String TOKEN_PHONE = "13912345678";
    static final List<String> PERSONAL = List.of(NAME, ID, PHONE, AGENT_NAME, AGENT_ID, TOKEN_NAME, TOKEN_ID, TOKEN_PHONE);

    @TempDir
    Path dir;
    PlatformSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private SignedHttp start(Path data) {
        sim = PlatformSimulator.start(SimOptions.of(0, data, KIOSK, SECRET).withKiosks(Map.of(KIOSK, SECRET, OTHER_KIOSK, OTHER_SECRET)));
        return new SignedHttp(sim.url(), KIOSK, SECRET);
    }

    /** The store file and its -wal and -shm companions, as raw bytes. */
    static byte[] storeBytes(Path data) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = data.resolve("platform-sim.db" + suffix);
            if (Files.exists(f)) {
                all.writeBytes(Files.readAllBytes(f));
            }
        }
        return all.toByteArray();
    }

    static void assertNoPersonalData(byte[] raw, String when) {
        String asLatin1 = new String(raw, StandardCharsets.ISO_8859_1);
        for (String p : PERSONAL) {
            String needle = new String(p.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertFalse(asLatin1.contains(needle), when + ": the store files hold " + p + " in clear");
        }
    }

    static boolean contains(byte[] raw, String text) {
        return new String(raw, StandardCharsets.ISO_8859_1).contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    static ObjectNode fullCase() {
        ObjectNode c = AgentCaseTest.withAgent("RS-0001");
        ((ObjectNode) c.get("applicant")).put("phone", PHONE);
        // a scan of the ID card: its bytes hold the ID number
        byte[] scan = ("ID card scan " + ID + " " + NAME).getBytes(StandardCharsets.UTF_8);
        c.withArray("attachments").addObject().put("name", "scan-1.png").put("contentType", "image/png")
                .put("sha256", RequestAuthenticator.sha256Hex(scan)).put("dataBase64", Base64.getEncoder().encodeToString(scan));
        return c;
    }

    @Test
    void noNameIdNumberOrPhoneOfASubmittedCaseReachesTheStoreFilesOrTheirWal() throws Exception {
        SignedHttp http = start(dir);
        ObjectNode c = fullCase();
        SignedHttp.Answer accepted = http.post("/api/v1/cases", c);
        assertEquals(201, accepted.status());
        String caseNo = accepted.json().get("caseNo").asText();
        assertEquals(200, http.post("/api/v1/cases", c).status());
        ObjectNode ev = SignedHttp.JSON.createObjectNode();
        ev.put("clientEvaluationId", UUID.randomUUID().toString()).put("caseNo", caseNo).put("kioskId", KIOSK).put("level", 1);
        ev.putArray("tags").add("等待时间长");
        ev.put("comment", NAME + " 请回电 " + PHONE);
        assertEquals(201, http.post("/api/v1/evaluations", ev).status());
        String redeemed = sim.issueQrToken(TOKEN_NAME, "RESIDENT_ID", TOKEN_ID, TOKEN_PHONE).token();
        sim.issueQrToken(TOKEN_NAME, "RESIDENT_ID", TOKEN_ID, TOKEN_PHONE);
        assertEquals(TOKEN_ID, http.post("/api/v1/identity/qr-token", Map.of("token", redeemed)).json().get("idNumber").asText());

        byte[] running = storeBytes(dir);
        assertTrue(contains(running, "张**") && contains(running, "110105********002X"),
                "the search sees the store's text (the masked applicant is there)");
        assertNoPersonalData(running, "while running");

        // what the tests read back in-process is still all there
        assertEquals(PHONE, sim.caseForm(caseNo).get("phone"));
        assertArrayEquals(("ID card scan " + ID + " " + NAME).getBytes(StandardCharsets.UTF_8), sim.attachments(caseNo).get(0).data());
        assertEquals(NAME + " 请回电 " + PHONE, sim.evaluations().get(0).comment());

        sim.close();
        assertNoPersonalData(storeBytes(dir), "after it stopped");
        // a new run cannot open what the last one sealed, and says so instead of failing
        start(dir);
        assertTrue(sim.caseForm(caseNo).isEmpty());
        assertNull(sim.attachments(caseNo).get(0).data());
        assertNull(sim.evaluations().get(0).comment());
        assertEquals(new PlatformSimulator.MaskedPerson("张**", "110105********002X"), sim.cases().get(0).applicant());
    }

    /** The fingerprint as the simulator computed it before version 2 (stored in old files). */
    static String oldFingerprint(JsonNode body) throws Exception {
        ObjectMapper canonical = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        return RequestAuthenticator.sha256Hex(canonical.writeValueAsBytes(canonical.treeToValue(body, Object.class)));
    }

    @Test
    void aStoreFileWithClearBodiesFromAnEarlierVersionIsSealedWhenOpenedAndKeepsAnsweringRepeats() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        ObjectNode c = fullCase();
        String caseNo = "SA20261124000001";
        byte[] scan = Base64.getDecoder().decode(c.get("attachments").get(0).get("dataBase64").asText());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("platform-sim.db"));
             Statement s = db.createStatement()) {
            // the schema and rows as the simulator wrote them before this change
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE cases(case_no TEXT PRIMARY KEY, client_case_id TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL,"
                    + " service_code TEXT NOT NULL, body_hash TEXT NOT NULL, accepted_at_ms INTEGER NOT NULL, due_date TEXT NOT NULL,"
                    + " applicant_name TEXT, applicant_id TEXT, agent_name TEXT, agent_id TEXT)");
            s.execute("CREATE TABLE evaluations(evaluation_id TEXT PRIMARY KEY, client_evaluation_id TEXT NOT NULL UNIQUE,"
                    + " case_no TEXT NOT NULL, level INTEGER NOT NULL, body_hash TEXT NOT NULL, received_at_ms INTEGER NOT NULL)");
            s.execute("CREATE TABLE received_bodies(kind TEXT NOT NULL, ref TEXT NOT NULL, body_json TEXT NOT NULL, PRIMARY KEY(kind, ref))");
            s.execute("CREATE TABLE qr_tokens(token TEXT PRIMARY KEY, identity_json TEXT NOT NULL, expires_at_ms INTEGER NOT NULL,"
                    + " used INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE TABLE commands(id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, command_json TEXT NOT NULL)");
            s.execute("CREATE TABLE heartbeats(kiosk_id TEXT PRIMARY KEY, received_at_ms INTEGER NOT NULL, body_json TEXT NOT NULL)");
            s.execute("CREATE TABLE attachments(case_no TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,"
                    + " content_type TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY(case_no, position))");
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO cases VALUES(?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, caseNo);
                ps.setString(2, c.get("clientCaseId").asText());
                ps.setString(3, KIOSK);
                ps.setString(4, "RS-0001");
                ps.setString(5, oldFingerprint(c));
                ps.setLong(6, System.currentTimeMillis());
                ps.setString(7, "2026-11-27");
                ps.setString(8, "张**");
                ps.setString(9, "110105********002X");
                ps.setString(10, "李*");
                ps.setString(11, "330304********0047");
                ps.executeUpdate();
            }
            s.execute("INSERT INTO evaluations VALUES('EV1','" + UUID.randomUUID() + "','" + caseNo + "',1,'h',0)");
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO received_bodies VALUES(?,?,?)")) {
                ps.setString(1, "case");
                ps.setString(2, caseNo);
                ps.setString(3, c.get("form").toString());
                ps.executeUpdate();
                ps.setString(1, "evaluation");
                ps.setString(2, "EV1");
                ps.setString(3, "{\"level\":1,\"tags\":[\"态度差\"],\"comment\":\"" + NAME + " " + PHONE + "\"}");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO qr_tokens(token, identity_json, expires_at_ms) VALUES(?,?,?)")) {
                ps.setString(1, "old-token-0123456789");
                ps.setString(2, "{\"name\":\"" + TOKEN_NAME + "\",\"idNumber\":\"" + TOKEN_ID + "\",\"phone\":\"" + TOKEN_PHONE + "\"}");
                ps.setLong(3, System.currentTimeMillis() + 60_000);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO attachments VALUES(?,0,'scan-1.png','image/png',?,?)")) {
                ps.setString(1, caseNo);
                ps.setString(2, RequestAuthenticator.sha256Hex(scan));
                ps.setBytes(3, scan);
                ps.executeUpdate();
            }
        }
        byte[] before = storeBytes(old);
        assertTrue(contains(before, PHONE) && contains(before, ID) && contains(before, TOKEN_NAME), "the old file holds them in clear");

        SignedHttp http = start(old);
        assertNoPersonalData(storeBytes(old), "after opening an old store");
        SignedHttp.Answer repeat = http.post("/api/v1/cases", c);
        assertEquals(200, repeat.status(), "the same body is still recognised by its old fingerprint");
        assertEquals(caseNo, repeat.json().get("caseNo").asText());
        assertEquals(PHONE, sim.caseForm(caseNo).get("phone"), "the form was sealed, not lost");
        assertArrayEquals(scan, sim.attachments(caseNo).get(0).data());
        assertEquals(List.of("态度差"), sim.evaluations().get(0).tags());
        assertEquals("TOKEN_INVALID", http.post("/api/v1/identity/qr-token", Map.of("token", "old-token-0123456789")).code());
        sim.close();
        assertNoPersonalData(storeBytes(old), "after the migrated store stopped");
    }

    @Test
    void anyKioskReadsAnyCasesProgressAndTheAnswerCarriesNoPersonalData() throws Exception {
        SignedHttp http = start(dir);
        String caseNo = http.post("/api/v1/cases", fullCase()).json().get("caseNo").asText();
        SignedHttp other = new SignedHttp(sim.url(), OTHER_KIOSK, OTHER_SECRET);
        SignedHttp.Answer a = other.get("/api/v1/cases/" + caseNo, Map.of());
        assertEquals(200, a.status(), "§3: any kiosk may read any case's progress");
        Set<String> fields = new HashSet<>();
        a.json().fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("caseNo", "serviceCode", "status", "updatedAt", "history"), fields);
        for (JsonNode h : a.json().get("history")) {
            List<String> keys = new ArrayList<>();
            h.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("status", "at", "note"), keys);
        }
        String text = new String(a.raw().body(), StandardCharsets.UTF_8);
        String page = new String(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.url() + "/q/" + caseNo)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body(),
                StandardCharsets.UTF_8);
        for (String p : List.of(NAME, ID, PHONE, AGENT_NAME, AGENT_ID, "张*", "********", KIOSK)) {
            assertFalse(text.contains(p), "the progress answer holds " + p);
            assertFalse(page.contains(p), "the progress page holds " + p);
        }
    }
}
