package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 代办: a case filed on someone's behalf carries an {@code agent} of the applicant's shape, phone optional (§3). */
class AgentCaseTest {
    static final String AGENT_ID = "330304195808170047";

    @TempDir
    Path dir;
    PlatformSimulator sim;
    SignedHttp http;

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(SimOptions.of(0, dir, PlatformContractTest.KIOSK, PlatformContractTest.SECRET));
        http = new SignedHttp(sim.url(), PlatformContractTest.KIOSK, PlatformContractTest.SECRET);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    static ObjectNode withAgent(String service) {
        ObjectNode c = PlatformContractTest.caseBody(UUID.randomUUID().toString(), service);
        ObjectNode agent = c.putObject("agent");
        agent.put("name", "李四");
        agent.put("idType", "RESIDENT_ID");
        agent.put("idNumber", AGENT_ID);
        agent.putNull("phone");
        return c;
    }

    @Test
    void anAgentWithoutPhoneIsAcceptedAndTheCaseKeepsBothPeopleOnlyMasked() throws Exception {
        assertEquals(201, http.post("/api/v1/cases", withAgent("RS-0001")).status());
        assertEquals(201, http.post("/api/v1/cases", PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001")).status());

        PlatformSimulator.StoredCase onBehalf = sim.cases().get(0);
        assertEquals(new PlatformSimulator.MaskedPerson("张**", "110105********002X"), onBehalf.applicant());
        assertEquals(new PlatformSimulator.MaskedPerson("李*", "330304********0047"), onBehalf.agent());
        assertNull(sim.cases().get(1).agent(), "a case filed for oneself has no agent");

        JsonNode admin = http.get("/admin/cases", Map.of()).json().get("cases");
        assertEquals("李*", admin.get(0).get("agent").get("name").asText());
        assertEquals("330304********0047", admin.get(0).get("agent").get("idNumber").asText());
        assertTrue(admin.get(1).get("agent").isNull());
        StringBuilder raw = new StringBuilder();
        try (var files = Files.list(dir)) { // the store and its write-ahead log
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("platform-sim.db")).toList()) {
                raw.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertTrue(raw.indexOf("330304********0047") >= 0, "the masked agent is on disk");
        assertTrue(raw.indexOf(AGENT_ID) < 0 && raw.indexOf(PlatformContractTest.ID) < 0, "no full ID number on disk");
    }

    @Test
    void anAgentOnAServiceThatAllowsNoneIsRefusedNamingTheAgentField() throws Exception {
        SignedHttp.Answer a = http.post("/api/v1/cases", withAgent("GA-0002"));
        assertEquals(400, a.status());
        assertEquals("agent", a.json().get("field").asText());
        assertTrue(sim.cases().isEmpty());
    }

    @Test
    void anAgentIsCheckedLikeTheApplicant() throws Exception {
        ObjectNode badId = withAgent("RS-0001");
        ((ObjectNode) badId.get("agent")).put("idNumber", "330304195808170048");
        assertEquals("agent.idNumber", http.post("/api/v1/cases", badId).json().get("field").asText());
        ObjectNode noName = withAgent("RS-0001");
        ((ObjectNode) noName.get("agent")).put("name", " ");
        assertEquals("agent.name", http.post("/api/v1/cases", noName).json().get("field").asText());
        assertTrue(sim.cases().isEmpty());
    }

    @Test
    void aStoreFileFromBeforeTheMaskedPeopleOpensAndKeepsItsCases() throws Exception {
        sim.close();
        Path old = Files.createDirectories(dir.resolve("old"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("platform-sim.db"));
             Statement s = db.createStatement()) {
            s.execute("CREATE TABLE cases(case_no TEXT PRIMARY KEY, client_case_id TEXT NOT NULL UNIQUE,"
                    + " kiosk_id TEXT NOT NULL, service_code TEXT NOT NULL, body_hash TEXT NOT NULL,"
                    + " accepted_at_ms INTEGER NOT NULL, due_date TEXT NOT NULL)");
            s.execute("INSERT INTO cases VALUES('SA20261124000001','" + UUID.randomUUID() + "','"
                    + PlatformContractTest.KIOSK + "','RS-0001','h',0,'2026-11-27')");
        }
        sim = PlatformSimulator.start(SimOptions.of(0, old, PlatformContractTest.KIOSK, PlatformContractTest.SECRET));
        http = new SignedHttp(sim.url(), PlatformContractTest.KIOSK, PlatformContractTest.SECRET);
        assertNull(sim.cases().get(0).applicant());
        assertEquals(201, http.post("/api/v1/cases", withAgent("RS-0001")).status());
        assertEquals("李*", sim.cases().get(1).agent().name());
    }
}
