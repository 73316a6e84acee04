package zwfw.kiosk.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.config.MetricsSettings;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.usage.VisitRecords;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;

/** The metrics count what the usage records of the visits say, carry no personal data, and are served only to who may see them. */
class KioskMetricsTest {
    private static final ServiceItem SERVICE = new ServiceItem("RS-0003", "人社局", "社保", new LocalizedText("失业登记", "Unemployment"),
            true, false, true, 5, List.of(new FormField("phone", FieldType.PHONE, new LocalizedText("手机", "Mobile"), true,
                    null, null, null, null, null, null)));
    private static final Person CITIZEN = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", null);
    private static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();

    private static KioskMetrics metrics(EnumSet<OutOfServiceReason> reasons, PlatformContact contact) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        OutboxStatus outbox = new OutboxStatus(2, NOW.minusSeconds(90), List.of(), 0, null);
        return new KioskMetrics(new KioskMetrics.Sources(List::of, () -> outbox, () -> reasons, contact, () -> 3, "1.2.3", clock));
    }

    private static void fileACase(Visit visit, SubmitOutcome.State answer) {
        visit.accept(new VisitEvent.CardRead(CITIZEN));
        visit.accept(new VisitEvent.Touched(new Action.ChooseService(SERVICE)));
        visit.accept(new VisitEvent.Touched(new Action.FormDone(Map.of("phone", "13800138000"))));
        visit.accept(new VisitEvent.Touched(new Action.Confirm()));
        String id = ((Step.Submitting) visit.state().step()).clientCaseId();
        visit.accept(new VisitEvent.CaseAnswered(visit.state().number(), new SubmitOutcome(id, answer, "SA1", "https://p/q/SA1",
                null, "k", "m")));
    }

    @Test
    void visitsCasesAndEvaluationsAreCountedFromTheUsageRecordsOfTheVisitsWithoutPersonalData() throws Exception {
        KioskMetrics m = metrics(EnumSet.of(OutOfServiceReason.STAFF_LOCK), new PlatformContact(Clock.systemUTC(), Duration.ofSeconds(60)));
        Visit visit = new Visit(new VisitRules(false));
        visit.subscribe(new VisitRecords(Clock.systemUTC(), () -> "").tell(m.visitRecords()));
        fileACase(visit, SubmitOutcome.State.DELIVERED);
        visit.accept(new VisitEvent.Touched(new Action.Evaluate()));
        visit.accept(new VisitEvent.Touched(new Action.Rate(4, List.of(), "")));
        visit.accept(new VisitEvent.Touched(new Action.Finish())); // the thank-you
        fileACase(visit, SubmitOutcome.State.QUEUED);
        visit.accept(new VisitEvent.Touched(new Action.Finish()));
        visit.accept(new VisitEvent.Touched(new Action.Start()));
        visit.accept(new VisitEvent.IdleTimeout());
        visit.accept(new VisitEvent.Touched(new Action.Start()));
        visit.accept(new VisitEvent.Touched(new Action.EndVisit()));
        fileACase(visit, SubmitOutcome.State.DELIVERED);
        visit.accept(new VisitEvent.Touched(new Action.EndVisit())); // 返回首页 on the result screen: the case was filed

        try (MetricsEndpoint endpoint = MetricsEndpoint.start(settings(Optional.empty(), Optional.empty()), m.registry())) {
            String text = get(endpoint, null).body();
            assertTrue(text.contains("kiosk_visits_started_total 5.0"), text);
            assertTrue(text.contains("kiosk_visits_total{outcome=\"completed\"} 3.0"), text);
            assertTrue(text.contains("kiosk_visits_total{outcome=\"timed_out\"} 1.0"), text);
            assertTrue(text.contains("kiosk_visits_total{outcome=\"abandoned\"} 1.0"), text);
            assertTrue(text.contains("kiosk_visits_total{outcome=\"interrupted\"} 0.0"), "every outcome from zero");
            assertTrue(text.contains("kiosk_cases_total{result=\"delivered\",service=\"RS-0003\"} 2.0"), text);
            assertTrue(text.contains("kiosk_cases_total{result=\"queued\",service=\"RS-0003\"} 1.0"), text);
            assertTrue(text.contains("kiosk_evaluations_total{level=\"4\"} 1.0"), text);
            assertTrue(text.contains("kiosk_outbox_depth 2.0"), text);
            assertTrue(text.contains("kiosk_outbox_oldest_age_seconds 90.0"), text);
            assertTrue(text.contains("kiosk_out_of_service 1.0"), text);
            assertTrue(text.contains("kiosk_out_of_service_reason{reason=\"STAFF_LOCK\"} 1.0"), text);
            assertTrue(text.contains("kiosk_restarts 3.0"), text);
            assertTrue(text.contains("jvm_memory_used_bytes"), "and the JVM's metrics");
            for (String personal : List.of("蓝天天", "330304195808170047", "13800138000")) {
                assertFalse(text.contains(personal), personal);
            }
        }
    }

    @Test
    void serviceCodesOfAnotherShapeOrBeyondTheCapShareOneLabelValue() {
        BoundedLabel label = new BoundedLabel("[A-Z]{2}-\\d{4}", 2);
        assertEquals("RS-0001", label.of("RS-0001"));
        assertEquals(BoundedLabel.OTHER, label.of("蓝天天 330304195808170047"));
        assertEquals("RS-0002", label.of("RS-0002"));
        assertEquals(BoundedLabel.OTHER, label.of("RS-0003"), "the third distinct value is one too many");
        assertEquals("RS-0001", label.of("RS-0001"));
    }

    @Test
    void theKioskIsOfflineOnceThePlatformMissedThreeHeartbeats() {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        long[] nanos = {0};
        PlatformContact contact = new PlatformContact(clock, () -> nanos[0], Duration.ofSeconds(60));
        assertFalse(contact.lostContact());
        now[0] = NOW.plusSeconds(181);
        nanos[0] = Duration.ofSeconds(181).toNanos();
        assertTrue(contact.lostContact(), "no answer since start for three intervals");
        contact.answered();
        assertFalse(contact.lostContact());
        assertEquals(now[0].toEpochMilli(), contact.lastContactMillis());
    }

    @Test
    void aBearerTokenOrBasicCredentialsAreRequiredWhenConfigured() throws Exception {
        KioskMetrics m = metrics(EnumSet.noneOf(OutOfServiceReason.class), new PlatformContact(Clock.systemUTC(), Duration.ofSeconds(60)));
        try (MetricsEndpoint bearer = MetricsEndpoint.start(settings(Optional.of("a-long-scrape-token"), Optional.empty()), m.registry())) {
            assertEquals(401, get(bearer, null).statusCode());
            assertEquals(401, get(bearer, "Bearer wrong-token").statusCode());
            HttpResponse<String> ok = get(bearer, "Bearer a-long-scrape-token");
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains("kiosk_out_of_service 0.0"));
        }
        try (MetricsEndpoint basic = MetricsEndpoint.start(settings(Optional.empty(), Optional.of("s3cret-pass")), m.registry())) {
            assertEquals(401, get(basic, "Basic " + Base64.getEncoder().encodeToString("prometheus:wrong".getBytes(StandardCharsets.UTF_8)))
                    .statusCode());
            assertEquals(200, get(basic, "Basic " + Base64.getEncoder().encodeToString("prometheus:s3cret-pass"
                    .getBytes(StandardCharsets.UTF_8))).statusCode());
        }
    }

    @Test
    void withAKeyStoreTheMetricsAreServedOverHttps(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        okhttp3.tls.HeldCertificate held = new okhttp3.tls.HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1")
                .commonName("kiosk metrics").build();
        char[] password = "store-pass".toCharArray();
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry("metrics", held.keyPair().getPrivate(), password, new java.security.cert.Certificate[] {held.certificate()});
        java.nio.file.Path file = dir.resolve("metrics.p12");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            store.store(out, password);
        }
        KioskMetrics m = metrics(EnumSet.noneOf(OutOfServiceReason.class), new PlatformContact(Clock.systemUTC(), Duration.ofSeconds(60)));
        MetricsSettings https = new MetricsSettings(true, "127.0.0.1", 0, Optional.empty(), Optional.empty(), Optional.of("tok-0123456789"),
                Optional.of(file), Optional.of("store-pass"));
        okhttp3.tls.HandshakeCertificates trust = new okhttp3.tls.HandshakeCertificates.Builder().addTrustedCertificate(held.certificate())
                .build();
        HttpClient client = HttpClient.newBuilder().sslContext(trust.sslContext()).build();
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(https, m.registry())) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + endpoint.port() + "/metrics"))
                    .header("Authorization", "Bearer tok-0123456789").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("kiosk_outbox_depth"));
        }
        MetricsSettings wrongPassword = new MetricsSettings(true, "127.0.0.1", 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(file), Optional.of("not-the-pass"));
        IOException e = assertThrows(IOException.class, () -> MetricsEndpoint.start(wrongPassword, m.registry()));
        assertTrue(e.getMessage().contains("metrics.keyStore"), e.getMessage());
    }

    @Test
    void anAddressBeyondLoopbackWithoutCredentialsIsRefused() {
        KioskMetrics m = metrics(EnumSet.noneOf(OutOfServiceReason.class), new PlatformContact(Clock.systemUTC(), Duration.ofSeconds(60)));
        MetricsSettings open = new MetricsSettings(true, "0.0.0.0", 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        IOException e = assertThrows(IOException.class, () -> MetricsEndpoint.start(open, m.registry()));
        assertTrue(e.getMessage().contains("metrics.token"), e.getMessage());
        assertFalse(open.toString().contains("s3cret"));
    }

    private static MetricsSettings settings(Optional<String> token, Optional<String> password) {
        return new MetricsSettings(true, "127.0.0.1", 0, password.map(p -> "prometheus"), password, token, Optional.empty(), Optional.empty());
    }

    private HttpResponse<String> get(MetricsEndpoint endpoint, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
