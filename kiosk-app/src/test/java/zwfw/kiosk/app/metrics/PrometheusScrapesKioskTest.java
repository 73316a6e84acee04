package zwfw.kiosk.app.metrics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.visit.VisitEvent;

/**
 * The district's side against a real Prometheus (Debian package prometheus): a kiosk booted with its metrics
 * endpoint on (bearer token), a Prometheus on 127.0.0.1 of its own (free port, temporary storage) scraping it
 * every second with the rules of deploy/prometheus; promtool checks the endpoint's output, the deploy
 * configuration and the rules; every panel query of the Grafana dashboard evaluates; a visit made in the kiosk
 * shows up in a query. Skipped with the reason where prometheus or promtool is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusScrapesKioskTest {
    static final Path DEPLOY = Path.of("..", "deploy", "prometheus").toAbsolutePath().normalize();
    static final String TOKEN = "test-scrape-token-0123456789";
    static final String KIOSK = "KSK-330304-0001";
    static final String CENTRE = "瓯海区政务服务中心";

    Path temp;
    KioskUnderTest kiosk;
    Process prometheus;
    String prometheusUrl;
    int metricsPort;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        temp = dir;
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/prometheus")) && Files.isExecutable(Path.of("/usr/bin/promtool")),
                "prometheus and promtool (Debian package prometheus) are not installed");
        KioskUnderTest.config(temp, Map.of()); // writes config/ and creates the demo secrets file
        Path yaml = temp.resolve("config").resolve("kiosk.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nmetrics:\n  enabled: true\n  port: 0\n");
        Path secrets = temp.resolve("data").resolve("secrets.yaml");
        Files.writeString(secrets, Files.readString(secrets) + "\nmetrics:\n  token: \"" + TOKEN + "\"\n");
        kiosk = KioskUnderTest.bootWritten(temp);
        await().atMost(Duration.ofSeconds(20)).until(() -> kiosk.app().metrics().isPresent());
        metricsPort = kiosk.app().metrics().orElseThrow().port();

        Path rules = Files.createDirectories(temp.resolve("rules"));
        for (String file : List.of("kiosk-alerts.yml", "kiosk-recording.yml")) {
            // evaluated every second here, so the test sees each rule's health at once
            Files.writeString(rules.resolve(file), Files.readString(DEPLOY.resolve(file)).replace("interval: 5m", "interval: 1s"));
        }
        Path config = temp.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s/*.yml
                scrape_configs:
                  - job_name: kiosk
                    authorization:
                      credentials: "%s"
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                        labels: {centre: "%s", kiosk: "%s"}
                """.formatted(rules, TOKEN, metricsPort, CENTRE, KIOSK));
        int port = freePort();
        prometheusUrl = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder("/usr/bin/prometheus", "--config.file=" + config, "--storage.tsdb.path=" + temp.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(temp.resolve("prometheus.log").toFile()).start();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            assertTrue(prometheus.isAlive(), () -> "prometheus stopped: " + log());
            return get(prometheusUrl + "/-/ready", null).statusCode() == 200;
        });
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> query("up{job=\"kiosk\"}").path(0).path("value").path(1)
                .asText().equals("1"));
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("prometheus.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void theEndpointsOutputPassesPromtoolCheckMetrics() throws Exception {
        assertEquals(401, get("http://127.0.0.1:" + metricsPort + "/metrics", null).statusCode(), "no token, no metrics");
        String text = get("http://127.0.0.1:" + metricsPort + "/metrics", "Bearer " + TOKEN).body();
        assertTrue(text.contains("kiosk_device_up{device=\"printer\",kind=\"receipt_printer\"}"), text);
        Result r = run(List.of("/usr/bin/promtool", "check", "metrics"), text);
        assertEquals(0, r.exit(), r.out());
    }

    @Test
    void theDeployedConfigurationAndRulesPassPromtool() throws Exception {
        Result config = run(List.of("/usr/bin/promtool", "check", "config", DEPLOY.resolve("prometheus.yml").toString()), "");
        assertEquals(0, config.exit(), config.out());
        Result rules = run(List.of("/usr/bin/promtool", "check", "rules", DEPLOY.resolve("kiosk-alerts.yml").toString(),
                DEPLOY.resolve("kiosk-recording.yml").toString()), "");
        assertEquals(0, rules.exit(), rules.out());
    }

    @Test
    void everyAlertAndRecordingRuleEvaluatesWithoutError() {
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            JsonNode groups = api("/api/v1/rules").path("data").path("groups");
            int rules = 0;
            for (JsonNode group : groups) {
                for (JsonNode rule : group.path("rules")) {
                    assertEquals("ok", rule.path("health").asText(), rule.path("name").asText() + ": " + rule.path("lastError").asText());
                    rules++;
                }
            }
            assertEquals(15, rules);
        });
    }

    @Test
    void everyPanelQueryOfTheDashboardEvaluates() throws Exception {
        JsonNode dashboard = json.readTree(DEPLOY.resolve("kiosk-fleet-dashboard.json").toFile());
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
            }
        }
        assertTrue(queries.size() >= 10, queries.toString());
        for (String q : queries) {
            String expr = grafana(q);
            assertFalse(expr.contains("$"), expr);
            JsonNode answer = api("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
            assertEquals("success", answer.path("status").asText(), expr + " -> " + answer);
        }
        // The status panel lists this kiosk (0 green, 1 yellow, 2 red); the centre variable's values include its centre.
        String status = grafana(dashboard.path("panels").get(0).path("targets").get(0).path("expr").asText());
        JsonNode rows = query(status);
        assertEquals(KIOSK, rows.path(0).path("metric").path("kiosk").asText(), rows.toString());
        JsonNode centres = api("/api/v1/label/centre/values?match[]=" + URLEncoder.encode("up{job=\"kiosk\"}", StandardCharsets.UTF_8));
        assertTrue(centres.path("data").toString().contains(CENTRE), centres.toString());
    }

    @Test
    void aVisitMadeInTheKioskShowsUpInAQuery() throws Exception {
        String abandoned = "sum(kiosk_visits_total{job=\"kiosk\", kiosk=\"" + KIOSK + "\", outcome=\"abandoned\"})";
        double before = value(abandoned);
        kiosk.touch(new VisitEvent.Action.Start());
        kiosk.touch(new VisitEvent.Action.EndVisit());
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> value(abandoned) == before + 1);
    }

    /** Grafana's variables as Grafana would substitute them for a 5-minute range and every centre. */
    static String grafana(String expr) {
        return expr.replace("$__rate_interval", "4s").replace("$__interval", "1s").replace("$__range", "5m")
                .replace("${centre}", ".*").replace("$centre", ".*");
    }

    private double value(String expr) throws Exception {
        JsonNode r = query(expr);
        return r.isEmpty() ? 0 : Double.parseDouble(r.path(0).path("value").path(1).asText());
    }

    private JsonNode query(String expr) throws Exception {
        JsonNode answer = api("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        assertEquals("success", answer.path("status").asText(), answer.toString());
        return answer.path("data").path("result");
    }

    private JsonNode api(String path) throws Exception {
        return json.readTree(get(prometheusUrl + path, null).body());
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out) {
    }

    private Result run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
