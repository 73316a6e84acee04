package zwfw.kiosk.app.cli.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zwfw.kiosk.app.cli.KioskCtl;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/** kioskctl case/outbox/catalog against a simulator on 127.0.0.1, with a real data directory. */
class PlatformCommandsTest {
    static final String KIOSK = "KSK-330304-0009";
    static final String SECRET = "cli-test-secret-0123456789";
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String ID = "11010519491231002X";

    @TempDir
    Path dir;
    PlatformSimulator sim;
    final ObjectMapper json = new ObjectMapper();

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(SimOptions.of(0, dir.resolve("platform"), KIOSK, SECRET));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    Run runAt(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--platform-url", url, "--data-dir", dir.resolve("kiosk").toString(), "--kiosk-id", KIOSK,
                "--platform-secret", SECRET, "--storage-key", KEY, "--config", "../config"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = KioskCtl.commandLine(); // kioskctl's own handlers: ranges, one-line failures
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString().trim(), err.toString().trim());
    }

    Run run(String... args) {
        return runAt(sim.url(), args);
    }

    static String[] submit(String... extra) {
        List<String> a = new ArrayList<>(List.of("case", "submit", "--service", "RS-0001", "--name", "王五", "--id-number", ID,
                "--phone", "13800138000", "--json"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void aSubmittedCaseIsDeliveredAndItsStatusCanBeAsked() throws Exception {
        Run r = run(submit("--form", "purpose=个人证明", "--form", "phone=13800138000", "--form", "copies=2"));
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertEquals("DELIVERED", j.get("state").asText());
        String caseNo = j.get("caseNo").asText();
        assertTrue(caseNo.startsWith("SA"));
        assertFalse(r.out().contains(ID) || r.out().contains("王五") || r.out().contains("13800138000"));

        Run status = run("case", "status", caseNo, "--json");
        assertEquals(0, status.exit(), status.err());
        assertEquals("ACCEPTED", status.json().get("status").asText());
        assertTrue(status.json().get("updatedAt").asText().endsWith("+08:00"), "in kiosk.timeZone: " + status.out());
        String text = run("case", "status", caseNo).out();
        String time = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+08:00"; // for people, in kiosk.timeZone
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).matches(caseNo + " RS-0001 [A-Z_]+ \\(" + time + "\\)"), text);
        assertTrue(lines.size() > 1 && lines.stream().skip(1).allMatch(l -> l.matches("  " + time + " [A-Z_]+ .*")), text);
        assertEquals(4, run("case", "status", "SA20000101000009", "--json").exit());
    }

    @Test
    void theRestaurantBundleIsSubmittedWithItsFloorPlanAttached() throws Exception {
        Path plan = dir.resolve("plan.png");
        java.nio.file.Files.write(plan, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Run r = run("case", "submit", "--service", "YJS-0001", "--name", "王五", "--id-number", ID, "--phone", "13800138000",
                "--form", "tradeName=老王面馆", "--form", "businessAddress=龙湾区永中街道1号", "--form", "capital=20",
                "--form", "foodCategory=热食类制售", "--form", "floorPlan=plan.png", "--form", "openingDate=2026-12-01",
                "--form", "wantsLoan=true", "--form", "loanAmount=30", "--form", "creditConsent=true",
                "--form", "phone=13800138000", "--attach", plan.toString(), "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertEquals("DELIVERED", r.json().get("state").asText(), r.out());
        assertEquals("YJS-0001", sim.cases().get(0).serviceCode());
    }

    @Test
    void aCaseTheFormRulesRefuseIsRejectedWithExit4() throws Exception {
        Run local = run(submit("--form", "purpose=个人证明", "--form", "phone=123"));
        assertEquals(4, local.exit());
        assertEquals("REJECTED", local.json().get("state").asText());
        assertTrue(local.json().get("message").asText().contains("手机号码"), local.out());

        Run unknownService = run("case", "submit", "--service", "XX-0404", "--name", "王五", "--id-number", ID, "--json");
        assertEquals(4, unknownService.exit());
        assertEquals("REJECTED", unknownService.json().get("state").asText());

        Run badId = run("case", "submit", "--service", "RS-0001", "--name", "王五", "--id-number", "110105194912310021", "--json");
        assertEquals(4, badId.exit());
    }

    @Test
    void withThePlatformDownACaseIsQueuedAndFlushDeliversItLater() throws Exception {
        sim.setFaults(Faults.parse("error=1"));
        Run r = run(submit("--form", "purpose=购房", "--form", "phone=13800138000", "--wait", "2"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("QUEUED", r.json().get("state").asText());
        String ref = r.json().get("clientCaseId").asText();

        Run status = run("outbox", "status", "--json");
        assertEquals(0, status.exit());
        JsonNode s = status.json();
        assertEquals(1, s.get("depth").asInt());
        assertTrue(s.hasNonNull("oldestQueuedAt"));
        assertEquals(ref, s.get("entries").get(0).get("clientRef").asText());
        assertEquals("503 UNAVAILABLE", s.get("entries").get(0).get("lastError").asText());
        assertEquals(0, s.get("answeredHoldingPersonalData").asInt(), "a queued case is not counted: it still waits");
        assertTrue(s.get("oldestHoldingPersonalDataSince").isNull());
        assertFalse(status.out().contains(ID));
        assertTrue(run("outbox", "status").out().contains("no delivered or rejected case holds personal data"));

        assertEquals(3, run("outbox", "flush", "--timeout", "1").exit());
        sim.setFaults(Faults.none());
        Run flushed = run("outbox", "flush", "--timeout", "10", "--json");
        assertEquals(0, flushed.exit(), flushed.err());
        assertEquals(0, flushed.json().get("depth").asInt());
        assertEquals(ref, sim.cases().get(0).clientCaseId());
    }

    @Test
    void outboxStatusCountsDeliveredCasesStillHoldingPersonalDataWithoutShowingAny() throws Exception {
        // A kiosk that delivered a case and crashed before its visit ended: the body waits for the backstop.
        try (var db = zwfw.kiosk.core.storage.KioskDatabase.open(dir.resolve("kiosk"), zwfw.kiosk.app.wiring.KioskAssembly.migrations());
             var client = new zwfw.kiosk.core.platform.PlatformClient(zwfw.kiosk.core.platform.PlatformSettings.of(sim.url(), KIOSK, SECRET))) {
            var outbox = new zwfw.kiosk.core.outbox.Outbox(db, new byte[32], java.time.Clock.systemUTC());
            var c = new zwfw.kiosk.core.platform.CaseSubmission(java.util.UUID.randomUUID().toString(), "RS-0001", KIOSK,
                    zwfw.kiosk.core.platform.CaseSubmission.KIOSK_CHANNEL, "2026-11-29T09:30:00+08:00",
                    new zwfw.kiosk.core.platform.Person("王五", zwfw.kiosk.core.platform.IdType.RESIDENT_ID, ID, "13800138000"), null,
                    java.util.Map.of("purpose", "个人证明", "phone", "13800138000", "copies", 1), List.of());
            var committed = outbox.enqueueCase(c);
            assertTrue(new zwfw.kiosk.core.outbox.DeliveryWorker(outbox, client, zwfw.kiosk.core.platform.Backoff.standard(),
                    java.time.Duration.ofMinutes(5), null, java.time.Clock.systemUTC()).flush(java.time.Duration.ofSeconds(10)));

            Run json = run("outbox", "status", "--json");
            assertEquals(0, json.exit(), json.err());
            assertEquals(1, json.json().get("answeredHoldingPersonalData").asInt());
            java.time.OffsetDateTime since = java.time.OffsetDateTime.parse(json.json().get("oldestHoldingPersonalDataSince").asText());
            assertEquals(committed.createdAt(), since.toInstant());
            assertEquals(java.time.ZoneOffset.ofHours(8), since.getOffset(), "in kiosk.timeZone");
            String text = run("outbox", "status").out();
            assertTrue(text.contains("1 delivered or rejected case(s) still hold sealed personal data, the oldest committed at "
                    + since.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"))), text);
            for (String personal : List.of(ID, "王五", "13800138000")) {
                assertFalse(json.out().contains(personal) || text.contains(personal));
            }

            outbox.visitEnded(c.clientCaseId());
            assertEquals(0, run("outbox", "status", "--json").json().get("answeredHoldingPersonalData").asInt());
        }
    }

    @Test
    void catalogSyncStoresTheCatalogAndThenFindsItUnchanged() throws Exception {
        Run first = run("catalog", "sync", "--json");
        assertEquals(0, first.exit(), first.err());
        assertEquals("UPDATED", first.json().get("outcome").asText());
        assertTrue(first.json().get("services").asInt() >= 12);
        assertEquals("UNCHANGED", run("catalog", "sync", "--json").json().get("outcome").asText());
        sim.setFaults(Faults.parse("error=1"));
        Run offline = run("catalog", "sync", "--json", "--timeout", "1");
        assertEquals(3, offline.exit());
        assertEquals("CACHE", offline.json().get("source").asText());
    }

    @Test
    void catalogSyncRetriesAPlatformFailingHalfItsRequests() throws Exception {
        var log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(zwfw.kiosk.core.catalog.CatalogSync.class);
        var retries = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        retries.start();
        log.addAppender(retries);
        try {
            sim.setFaults(Faults.parse("error=0.5,seed=4"));
            for (int i = 0; i < 4; i++) {
                Run r = run("catalog", "sync", "--json", "--timeout", "30");
                assertEquals(0, r.exit(), "run " + i + ": " + r.err());
                assertEquals("PLATFORM", r.json().get("source").asText());
            }
        } finally {
            log.detachAppender(retries);
        }
        assertTrue(retries.list.stream().anyMatch(e -> e.getFormattedMessage().contains("503 UNAVAILABLE (try 1); trying again")),
                "some run met a 503 and retried");
    }

    @Test
    void catalogSyncRefusesATimeoutThatIsNotPositiveInOneLine() {
        for (String t : List.of("0", "-5")) {
            Run r = run("catalog", "sync", "--timeout", t);
            assertEquals(2, r.exit());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("--timeout"), r.err());
        }
    }

    @Test
    void embeddedModeRunsTheSimulatorInProcess() throws Exception {
        Run r = runAt("embedded", submit("--form", "purpose=个人证明", "--form", "phone=13800138000"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("DELIVERED", r.json().get("state").asText());
        Run status = runAt("embedded", "case", "status", r.json().get("caseNo").asText(), "--json");
        assertEquals(0, status.exit(), status.err());
    }

    @Test
    void aMalformedStorageKeyIsAOneLineFailure() {
        StringWriter err = new StringWriter();
        CommandLine cli = KioskCtl.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("outbox", "status", "--config", "../config", "--platform-url", sim.url(),
                "--data-dir", dir.toString(), "--platform-secret", "0123456789abcdef0123", "--storage-key", "not-a-key");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("storage.key"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
