package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.platform.sim.Faults;

/** The client against the simulator over HTTP on 127.0.0.1: every endpoint and every row of the retry table. */
class PlatformClientTest {
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

    @Test
    void submitsACaseAndARepeatGetsTheSameNumber() {
        CaseSubmission c = KioskFixture.aCase("RS-0001");
        PlatformResult<CaseReceipt> first = k.client.submitCase(c);
        assertEquals(201, ((PlatformResult.Ok<CaseReceipt>) first).status());
        PlatformResult<CaseReceipt> again = k.client.submitCase(c);
        assertEquals(200, ((PlatformResult.Ok<CaseReceipt>) again).status());
        assertEquals(first.value().caseNo(), again.value().caseNo());
        assertEquals(c.clientCaseId(), first.value().clientCaseId());
        assertNotNull(first.value().dueDate());
    }

    @Test
    void readsCaseProgressAndAnUnknownCaseIsNotFoundWithoutRetry() {
        String caseNo = k.client.submitCase(KioskFixture.aCase("RS-0001")).value().caseNo();
        CaseProgress p = k.client.caseStatus(caseNo).value();
        assertEquals("ACCEPTED", p.status());
        assertEquals("RS-0001", p.serviceCode());
        assertEquals("已受理", p.history().get(0).note());
        PlatformError e = k.client.caseStatus("SA19990101000001").error();
        assertEquals(PlatformError.Kind.NOT_FOUND, e.kind());
        assertEquals(PlatformError.Decision.REJECT, e.decision());
    }

    @Test
    void submitsAnEvaluationAndABadRatingWithoutReasonIsInvalid() {
        String caseNo = k.client.submitCase(KioskFixture.aCase("RS-0001")).value().caseNo();
        EvaluationSubmission ok = new EvaluationSubmission(UUID.randomUUID().toString(), caseNo, KioskFixture.KIOSK, 5,
                List.of("办理快捷"), "", "2026-11-24T09:31:00+08:00");
        assertTrue(k.client.submitEvaluation(PlatformClient.encode(ok)).value().startsWith("EV"));
        EvaluationSubmission bad = new EvaluationSubmission(UUID.randomUUID().toString(), caseNo, KioskFixture.KIOSK, 1,
                List.of(), "", "2026-11-24T09:31:00+08:00");
        assertEquals(PlatformError.Kind.INVALID, k.client.submitEvaluation(PlatformClient.encode(bad)).error().kind());
    }

    @Test
    void catalogIsFetchedThenUnchangedForItsEtag() {
        CatalogFetch first = k.client.catalog(null).value();
        assertTrue(first.modified());
        assertNotNull(first.etag());
        CatalogFetch second = k.client.catalog(first.etag()).value();
        assertFalse(second.modified());
        assertEquals(first.etag(), second.etag());
    }

    @Test
    void heartbeatReturnsCommands() {
        k.sim.queueCommand(KioskFixture.KIOSK, "UNLOCK", null);
        byte[] body = PlatformClient.encode(new HeartbeatReport("2026-11-24T09:30:00+08:00", "1.0.0", 5, 0, null, List.of(),
                new HeartbeatReport.UsageToday(0, 0, 0)));
        assertEquals(List.of(new HeartbeatCommand("UNLOCK", null)), k.client.heartbeat(body).value());
        assertEquals(List.of(), k.client.heartbeat(body).value());
    }

    @Test
    void exchangesAQrTokenOnce() {
        String token = k.sim.issueQrToken(KioskFixture.NAME, "RESIDENT_ID", KioskFixture.ID_NUMBER, null).token();
        Person p = k.client.exchangeQrToken(token).value();
        assertEquals(KioskFixture.NAME, p.name());
        assertEquals(IdType.RESIDENT_ID, p.idType());
        assertEquals(null, p.phone());
        assertFalse(p.toString().contains(KioskFixture.ID_NUMBER));
        PlatformError used = k.client.exchangeQrToken(token).error();
        assertEquals(404, used.status());
        assertEquals("TOKEN_INVALID", used.code());
    }

    @Test
    void theRetryTableClassifiesEveryAnswer() {
        // A CASE service needs the mobile number (RS-0001 became a DOCUMENT service, where it is optional).
        CaseSubmission c = KioskFixture.aCase(UUID.randomUUID().toString(), "GA-0002", Map.of("purpose", "出国"));
        PlatformError invalid = k.client.submitCase(c).error();
        assertEquals(PlatformError.Decision.REJECT, invalid.decision());
        assertEquals("form.phone", invalid.field());

        PlatformError unknown = k.client.submitCase(KioskFixture.aCase("XX-0001")).error();
        assertEquals(PlatformError.Kind.SERVICE_UNAVAILABLE, unknown.kind());
        assertEquals("UNKNOWN_SERVICE", unknown.code());

        CaseSubmission once = KioskFixture.aCase("RS-0001");
        k.client.submitCase(once);
        CaseSubmission changed = KioskFixture.aCase(once.clientCaseId(), "RS-0001", Map.of("purpose", "购房", "phone", KioskFixture.PHONE));
        assertEquals(PlatformError.Decision.CONFLICT, k.client.submitCase(changed).error().decision());

        k.sim.setFaults(Faults.parse("429=1,retryAfter=3"));
        PlatformError limited = k.client.catalog(null).error();
        assertEquals(PlatformError.Decision.RETRY_AFTER, limited.decision());
        assertEquals(Duration.ofSeconds(3), limited.retryAfter());

        k.sim.setFaults(Faults.parse("error=1"));
        assertEquals(PlatformError.Decision.BACKOFF, k.client.catalog(null).error().decision());

        k.sim.setFaults(Faults.parse("drop=1"));
        assertEquals(PlatformError.Kind.NETWORK, k.client.catalog(null).error().kind());

        k.sim.setFaults(Faults.parse("disabled"));
        PlatformError disabled = k.client.catalog(null).error();
        assertEquals(PlatformError.Kind.KIOSK_DISABLED, disabled.kind());
        assertEquals(PlatformError.Decision.HOLD, disabled.decision());
        assertEquals("本终端已暂停服务", disabled.kind().plainChinese());
    }

    @Test
    void aPlatformThatDoesNotAnswerInTimeIsANetworkFault() {
        k.sim.setFaults(Faults.parse("hang=1,hangMs=1500"));
        try (PlatformClient impatient = new PlatformClient(new PlatformSettings(k.sim.url(), KioskFixture.KIOSK, KioskFixture.SECRET,
                new PlatformTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1)), null, List.of()))) {
            PlatformError e = impatient.catalog(null).error();
            assertEquals(PlatformError.Kind.NETWORK, e.kind());
            assertEquals("TIMEOUT", e.code());
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (PlatformClient c = new PlatformClient(PlatformSettings.of("http://127.0.0.1:" + port, KioskFixture.KIOSK, "x"))) {
            PlatformError e = c.catalog(null).error();
            assertEquals("UNREACHABLE", e.code());
            assertEquals(PlatformError.Decision.BACKOFF, e.decision());
        }
    }

    @Test
    void aKioskClockOffByMinutesIsRefusedAsSkew() {
        java.time.Clock late = java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(6));
        try (PlatformClient c = new PlatformClient(PlatformSettings.of(k.sim.url(), KioskFixture.KIOSK, KioskFixture.SECRET), late)) {
            PlatformError e = c.catalog(null).error();
            assertEquals("TIMESTAMP_SKEW", e.code());
            assertEquals(PlatformError.Decision.HOLD, e.decision());
        }
    }

    @Test
    void signaturesFollowTheCanonicalStringOfTheContract() {
        RequestSigner s = new RequestSigner("KSK-330304-0001", "secret", java.time.Clock.systemUTC());
        // computed with openssl: printf 'GET\n/api/v1/catalog?since=12\n1700000000000\nabcdefghijklmnop\n<sha256 of "">' | openssl dgst -sha256 -hmac secret
        assertEquals("effd0b60ad8cf5bb0d07eb4e6668bb4d06f83d700c373ffdcb2e1481f8a270c7",
                s.sign("GET", "/api/v1/catalog?since=12", "1700000000000", "abcdefghijklmnop", new byte[0]));
    }
}
