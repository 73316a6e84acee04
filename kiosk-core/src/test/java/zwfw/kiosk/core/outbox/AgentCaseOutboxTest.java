package zwfw.kiosk.core.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.platform.sim.PlatformSimulator;

/** 代办: the agent travels with the case, sealed at rest like the applicant, and reaches the platform. */
class AgentCaseOutboxTest {
    static final Person AGENT = new Person("张三", IdType.RESIDENT_ID, "330302199001021230", null);

    @TempDir
    Path dir;
    KioskFixture k;

    @BeforeEach
    void start() {
        k = new KioskFixture(dir);
    }

    @AfterEach
    void stop() {
        k.close();
    }

    static CaseSubmission onBehalf() {
        CaseSubmission c = KioskFixture.aCase("RS-0001");
        return new CaseSubmission(c.clientCaseId(), c.serviceCode(), c.kioskId(), c.channel(), c.submittedAt(),
                c.applicant(), AGENT, c.form(), c.attachments());
    }

    @Test
    void theAgentIsSealedAtRestAndDeliveredToThePlatformWithTheApplicant() throws Exception {
        CaseSubmission c = onBehalf();
        OutboxEntry e = k.outbox.enqueueCase(c);
        assertFalse(c.toString().contains(AGENT.idNumber()) || c.toString().contains(AGENT.name()), c.toString());
        byte[] onDisk = readAll(k.dataDir);
        for (String secret : new String[] {AGENT.idNumber(), AGENT.name()}) {
            assertFalse(new String(onDisk, StandardCharsets.ISO_8859_1)
                    .contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)), "plain agent on disk");
        }
        assertEquals(AGENT, k.outbox.caseSubmission(e.clientRef()).orElseThrow().agent());

        assertTrue(k.worker(null).flush(Duration.ofSeconds(10)));
        PlatformSimulator.StoredCase stored = k.sim.cases().get(0);
        assertEquals(new PlatformSimulator.MaskedPerson("张*", "330302********1230"), stored.agent());
        assertEquals(new PlatformSimulator.MaskedPerson("李**", "110105********002X"), stored.applicant());
    }

    private static byte[] readAll(Path dir) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }
}
