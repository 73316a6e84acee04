package zwfw.kiosk.app.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.config.MetricsSettings;
import zwfw.kiosk.core.metrics.KioskMetrics;
import zwfw.kiosk.core.metrics.MetricsEndpoint;
import zwfw.kiosk.core.metrics.PlatformContact;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageAnalytics;
import zwfw.kiosk.core.usage.UsageCounter;
import zwfw.kiosk.core.usage.UsageFigures;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageRecorder;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.core.usage.VisitRecord;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;

/**
 * Issue 16: one day's visits, driven by events through the visit with the usage counter and the
 * metrics both listening (as in the running kiosk), give the same numbers on the metrics endpoint,
 * in the {@link UsageAnalytics} figures the admin screen shows, and in the JSON and CSV of
 * {@code kioskctl usage report} for that day. No UI: the screen is not what this proves.
 */
class SameNumbersEverywhereTest {
    private static final ServiceItem UNEMPLOYMENT = service("RS-0003");
    private static final ServiceItem RECORD = service("GA-0002");
    private static final Person CITIZEN = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", null);

    @TempDir
    Path dir;

    @Test
    void aDaysVisitsGiveTheSameOutcomesCasesAndEvaluationsInMetricsFiguresAndReports() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + data)
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + data.resolve("secrets.yaml")), StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), dir.resolve("catalog.json"));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai")); // the shipped configuration's zone, as the report reads it
        KioskMetrics metrics = new KioskMetrics(new KioskMetrics.Sources(List::of, () -> new OutboxStatus(0, null, List.of(), 0, null),
                Set::of, new PlatformContact(clock, Duration.ofSeconds(60)), () -> 0, "test", clock));
        UsageFigures figures;
        LocalDate today;
        try (KioskDatabase db = KioskDatabase.open(data, KioskAssembly.migrations());
             UsageRecorder recorder = new UsageRecorder(new UsageLog(db, clock), clock)) {
            Visit visit = new Visit(new VisitRules(false));
            UsageCounter usage = new UsageCounter(new UsageToday(clock), recorder, () -> "zh");
            usage.records().tell(metrics.visitRecords()); // as the kiosk wires them: the usage store's records feed the metrics
            visit.subscribe(usage);
            aDaysVisits(visit);
            recorder.close(); // what is pending reaches the database (closing twice is harmless)
            UsageAnalytics analytics = new UsageAnalytics(recorder.journal(), clock);
            today = analytics.today();
            figures = analytics.figures(today, today, List.of(), null);
        }
        assertEquals(8, figures.visits(), "the visits driven");
        assertEquals(Map.of("COMPLETED", 4, "ABANDONED", 2, "TIMED_OUT", 1, "INTERRUPTED", 1), figures.outcomes());

        Map<String, Double> scraped = scrape(metrics);
        for (VisitRecord.Outcome o : VisitRecord.Outcome.values()) {
            assertEquals(figures.outcomes().get(o.name()).doubleValue(),
                    scraped.get("kiosk_visits_total{outcome=\"" + o.name().toLowerCase() + "\"}"), o.name());
        }
        assertEquals(figures.visits(), scraped.get("kiosk_visits_started_total").intValue(), "every visit started has ended");
        for (UsageFigures.ServiceFigures s : figures.services()) {
            assertEquals(s.submitted() - s.queued(), cases(scraped, s.code(), "delivered"), s.code());
            assertEquals(s.queued(), cases(scraped, s.code(), "queued"), s.code());
            assertEquals(s.rejected(), cases(scraped, s.code(), "rejected"), s.code());
        }
        assertEquals(new UsageFigures.Cases(3, 1, 1), figures.cases());
        for (int level = 1; level <= 5; level++) {
            assertEquals(figures.evaluations().levels().get(level - 1).doubleValue(),
                    scraped.get("kiosk_evaluations_total{level=\"" + level + "\"}"), "level " + level);
        }
        assertEquals(List.of(1, 0, 0, 1, 1), figures.evaluations().levels());

        JsonNode json = report(today, "json").path("figures");
        assertEquals(figures.visits(), json.get("visits").asInt());
        figures.outcomes().forEach((o, n) -> assertEquals(n, json.get("outcomes").get(o).asInt(), o));
        assertEquals(figures.cases().submitted(), json.get("cases").get("submitted").asInt());
        assertEquals(figures.cases().queued(), json.get("cases").get("queued").asInt());
        assertEquals(figures.cases().rejected(), json.get("cases").get("rejected").asInt());
        for (int level = 0; level < 5; level++) {
            assertEquals(figures.evaluations().levels().get(level), json.get("evaluations").get("levels").get(level).asInt());
        }

        Map<String, int[]> csv = csvByService(today);
        for (UsageFigures.ServiceFigures s : figures.services()) {
            int[] row = csv.get(s.code());
            assertEquals(List.of(s.sessions(), s.submitted(), s.queued(), s.rejected(), s.evaluations()),
                    List.of(row[0], row[1], row[2], row[3], row[4]), s.code());
        }
        assertEquals(figures.services().size(), csv.size(), "a row per service chosen today");
    }

    /** Eight visits: four completed (delivered + 5, queued + 1, rejected, delivered + 4), two abandoned, one timed out, one interrupted. */
    private static void aDaysVisits(Visit visit) {
        fileACase(visit, UNEMPLOYMENT, SubmitOutcome.State.DELIVERED);
        visit.accept(new VisitEvent.Touched(new Action.Evaluate()));
        visit.accept(new VisitEvent.Touched(new Action.Rate(5, List.of(), "")));
        visit.accept(new VisitEvent.Touched(new Action.Finish())); // off the thank-you
        fileACase(visit, RECORD, SubmitOutcome.State.QUEUED);
        visit.accept(new VisitEvent.Touched(new Action.Evaluate()));
        visit.accept(new VisitEvent.Touched(new Action.Rate(1, List.of("等待时间长"), "")));
        visit.accept(new VisitEvent.Touched(new Action.Finish())); // off the thank-you
        fileACase(visit, UNEMPLOYMENT, SubmitOutcome.State.REJECTED);
        visit.accept(new VisitEvent.Touched(new Action.Finish())); // a refused case is not evaluated
        fileACase(visit, RECORD, SubmitOutcome.State.DELIVERED);
        visit.accept(new VisitEvent.Touched(new Action.Evaluate()));
        visit.accept(new VisitEvent.Touched(new Action.Rate(4, List.of(), "")));
        visit.accept(new VisitEvent.Touched(new Action.Finish())); // off the thank-you
        visit.accept(new VisitEvent.Touched(new Action.Start()));
        visit.accept(new VisitEvent.IdleTimeout());
        visit.accept(new VisitEvent.Touched(new Action.Start()));
        visit.accept(new VisitEvent.Touched(new Action.EndVisit()));
        visit.accept(new VisitEvent.Touched(new Action.Start()));
        visit.accept(new VisitEvent.Touched(new Action.ChooseService(RECORD)));
        visit.accept(new VisitEvent.Touched(new Action.EndVisit()));
        visit.accept(new VisitEvent.Touched(new Action.Start()));
        visit.accept(new VisitEvent.ServiceChanged(Set.of(OutOfServiceReason.PLATFORM_LOCK)));
        visit.accept(new VisitEvent.ServiceChanged(Set.of()));
    }

    private static void fileACase(Visit visit, ServiceItem service, SubmitOutcome.State answer) {
        visit.accept(new VisitEvent.CardRead(CITIZEN));
        visit.accept(new VisitEvent.Touched(new Action.ChooseService(service)));
        visit.accept(new VisitEvent.Touched(new Action.FormDone(Map.of("phone", "13800138000"))));
        visit.accept(new VisitEvent.Touched(new Action.Confirm()));
        String id = ((Step.Submitting) visit.state().step()).clientCaseId();
        visit.accept(new VisitEvent.CaseAnswered(visit.state().number(), new SubmitOutcome(id, answer, "SA1", "https://p/q/SA1",
                null, "k", "m")));
    }

    private static ServiceItem service(String code) {
        return new ServiceItem(code, "人社局", "社保", new LocalizedText("失业登记", "Unemployment"), true, false, true, 5,
                List.of(new FormField("phone", FieldType.PHONE, new LocalizedText("手机", "Mobile"), true, null, null, null, null, null,
                        null)));
    }

    /** The endpoint's kiosk_* samples by name and labels, as Prometheus would read them. */
    private static Map<String, Double> scrape(KioskMetrics metrics) throws Exception {
        MetricsSettings local = new MetricsSettings(true, "127.0.0.1", 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(local, metrics.registry())) {
            String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port()
                    + "/metrics")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Map<String, Double> samples = new TreeMap<>();
            Matcher m = Pattern.compile("(?m)^(kiosk_\\S+) (\\S+)$").matcher(text);
            while (m.find()) {
                samples.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            return samples;
        }
    }

    private static int cases(Map<String, Double> scraped, String service, String result) {
        return scraped.getOrDefault("kiosk_cases_total{result=\"" + result + "\",service=\"" + service + "\"}", 0.0).intValue();
    }

    private JsonNode report(LocalDate day, String format) throws Exception {
        Path out = dir.resolve("today." + format);
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("usage", "report", "--from", day.toString(), "--to", day.toString(), "--format", format,
                "--out", out.toString(), "--config", dir.toString()), ctl.err());
        return format.equals("json") ? JsonOutput.mapper().readTree(out.toFile()) : null;
    }

    /** The CSV's rows by service: sessions, submitted, queued, rejected, evaluations. */
    private Map<String, int[]> csvByService(LocalDate day) throws Exception {
        report(day, "csv");
        Map<String, int[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("today.csv"), StandardCharsets.UTF_8).stream().skip(1).toList()) {
            String[] f = line.split(",");
            rows.put(f[1], new int[] {Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                    Integer.parseInt(f[7])});
        }
        return rows;
    }
}
