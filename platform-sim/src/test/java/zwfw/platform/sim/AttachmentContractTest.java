package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases with attachments (§3, §5): an {@code attachment} field's value in {@code form} is the list
 * of names of the case's {@code attachments}; each attachment's SHA-256 and size are checked, at most
 * 10 per case, and the platform keeps what it accepted.
 */
class AttachmentContractTest {
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

    static ObjectNode residencePermit(byte[]... pages) throws Exception {
        ObjectNode c = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "GA-0001");
        ObjectNode form = c.putObject("form");
        form.put("address", "瓯海区娄桥街道古岸头路1号");
        form.put("residentSince", "2025-03-01");
        form.put("phone", "13800138000");
        ArrayNode names = form.putArray("rentalContract");
        ArrayNode attachments = c.putArray("attachments");
        int i = 1;
        for (byte[] p : pages) {
            String name = "rentalContract-" + i++ + ".jpg";
            names.add(name);
            ObjectNode a = attachments.addObject();
            a.put("name", name);
            a.put("contentType", "image/jpeg");
            a.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(p)));
            a.put("dataBase64", Base64.getEncoder().encodeToString(p));
        }
        return c;
    }

    @Test
    void anAcceptedCaseKeepsItsAttachmentsWithTheirChecksums() throws Exception {
        byte[] page = "a page of a rental contract".getBytes(StandardCharsets.UTF_8);
        SignedHttp.Answer a = http.post("/api/v1/cases", residencePermit(page));
        assertEquals(201, a.status(), a.json().toString());
        List<PlatformSimulator.StoredAttachment> stored = sim.attachments(a.json().get("caseNo").asText());
        assertEquals(1, stored.size());
        assertEquals("rentalContract-1.jpg", stored.get(0).name());
        assertEquals("image/jpeg", stored.get(0).contentType());
        assertArrayEquals(page, stored.get(0).data());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page)), stored.get(0).sha256());
    }

    @Test
    void aRequiredAttachmentFieldWithoutPagesIsRefusedNamingTheField() throws Exception {
        ObjectNode c = residencePermit();
        SignedHttp.Answer a = http.post("/api/v1/cases", c);
        assertEquals(400, a.status());
        assertEquals("form.rentalContract", a.json().get("field").asText());
    }

    @Test
    void aFormNamingAnAttachmentTheCaseDoesNotCarryIsRefused() throws Exception {
        ObjectNode c = residencePermit(new byte[] {1, 2, 3});
        ((ArrayNode) c.get("form").get("rentalContract")).add("rentalContract-9.jpg");
        assertEquals("form.rentalContract", http.post("/api/v1/cases", c).json().get("field").asText());
    }

    @Test
    void moreThanMaxCountPagesForAFieldIsRefused() throws Exception {
        ObjectNode c = residencePermit(new byte[] {1}, new byte[] {2}, new byte[] {3});
        assertEquals("form.rentalContract", http.post("/api/v1/cases", c).json().get("field").asText());
    }

    @Test
    void aWrongChecksumAnOversizedPageAndElevenAttachmentsAreRefused() throws Exception {
        ObjectNode wrongSha = residencePermit(new byte[] {1, 2, 3});
        ((ObjectNode) wrongSha.get("attachments").get(0)).put("sha256", "00".repeat(32));
        assertEquals("attachments[0].sha256", http.post("/api/v1/cases", wrongSha).json().get("field").asText());

        ObjectNode big = residencePermit(new byte[5 * 1024 * 1024 + 1]);
        SignedHttp.Answer a = http.post("/api/v1/cases", big);
        assertEquals(400, a.status());
        assertEquals("attachments[0]", a.json().get("field").asText());

        byte[][] eleven = new byte[11][];
        for (int i = 0; i < 11; i++) {
            eleven[i] = new byte[] {(byte) i};
        }
        assertEquals("attachments", http.post("/api/v1/cases", residencePermit(eleven)).json().get("field").asText());
        assertTrue(sim.cases().isEmpty());
    }
}
