package zwfw.kiosk.app.cli.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageJournal;
import zwfw.kiosk.core.usage.VisitRecord;

/** {@code kioskctl usage seed} and {@code usage report} on real stores, with the shipped configuration and catalog. */
class UsageReportCommandTest {
    @TempDir
    static Path dir;
    private static String today;
    private static String weekAgo;

    @BeforeAll
    static void seededStore() throws Exception {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + dir.resolve("data"))
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + dir.resolve("data").resolve("secrets.yaml"));
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), dir.resolve("catalog.json"));
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("usage", "seed", "--config", dir.toString(), "--days", "14", "--sessions-per-day", "40"), ctl.err());
        assertTrue(ctl.out().contains("synthetic visits over 14 days"), ctl.out());
        LocalDate now = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        today = now.toString();
        weekAgo = now.minusDays(6).toString();
    }

    private static CapturedKioskCtl run(String... args) {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = dir.toString();
        ctl.run(all);
        return ctl;
    }

    @Test
    void theJsonAndCsvOfASeededWeekAgree() throws Exception {
        Path json = dir.resolve("week.json");
        Path csv = dir.resolve("week.csv");
        CapturedKioskCtl j = run("usage", "report", "--seeded", "--from", weekAgo, "--to", today, "--format", "json", "--out", json.toString());
        assertEquals("", j.err());
        assertTrue(j.out().contains("seeded data"), j.out());
        run("usage", "report", "--seeded", "--from", weekAgo, "--to", today, "--format", "csv", "--out", csv.toString());
        JsonNode figures = JsonOutput.mapper().readTree(json.toFile()).get("figures");
        assertTrue(figures.get("seeded").asBoolean());
        assertEquals("无犯罪记录证明", JsonOutput.mapper().readTree(json.toFile()).get("serviceNames").get("GA-0002").asText());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int sessions = rows.stream().skip(1).mapToInt(r -> Integer.parseInt(r.split(",")[3])).sum();
        int submitted = rows.stream().skip(1).mapToInt(r -> Integer.parseInt(r.split(",")[4])).sum();
        int withService = 0;
        for (JsonNode s : figures.get("services")) {
            withService += s.get("sessions").asInt();
        }
        assertEquals(withService, sessions);
        assertEquals(figures.get("cases").get("submitted").asInt(), submitted);
        assertTrue(figures.get("visits").asInt() > 150);
    }

    @Test
    void thePdfCarriesTheCentreFromTheConfiguration() throws Exception {
        Path pdf = dir.resolve("week.pdf");
        CapturedKioskCtl ctl = run("usage", "report", "--seeded", "--from", weekAgo, "--to", today, "--format", "pdf", "--out", pdf.toString());
        assertEquals("", ctl.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(weekAgo + " 至 " + today), text);
            assertTrue(text.contains("示例数据"), text);
        }
    }

    @Test
    void badDatesAreOneLineAndWriteNothing() {
        for (String[] dates : new String[][] {{"2026-13-01", today}, {"yesterday", today}, {today, weekAgo}}) {
            Path out = dir.resolve("bad.csv");
            CapturedKioskCtl ctl = run("usage", "report", "--seeded", "--from", dates[0], "--to", dates[1], "--format", "csv",
                    "--out", out.toString());
            assertEquals(1, ctl.err().strip().lines().count(), ctl.err());
            assertFalse(ctl.err().contains("Exception"), ctl.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aRangeWithNoUsageIsAnEmptyReport() throws Exception {
        Path csv = dir.resolve("empty.csv");
        CapturedKioskCtl ctl = run("usage", "report", "--seeded", "--from", "2020-01-01", "--to", "2020-01-31", "--format", "csv",
                "--out", csv.toString());
        assertEquals("", ctl.err());
        assertEquals(List.of("\uFEFFdate,service_code,service_name,sessions,cases_submitted,cases_queued,cases_rejected,evaluations,avg_level"),
                Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    void seededUsageNeverGoesIntoAStoreHoldingRealUsage(@TempDir Path real) throws Exception {
        try (KioskDatabase db = KioskDatabase.open(real, KioskAssembly.migrations())) {
            java.time.Instant at = java.time.Instant.now().minusSeconds(600);
            new UsageJournal(db).recordVisit(new VisitRecord(at, at.plusSeconds(60), VisitRecord.Outcome.ABANDONED, "home",
                    VisitRecord.Stage.STARTED, VisitRecord.Identification.NONE, null, null, null, VisitRecord.Receipt.NONE, 0,
                    List.of(), false, false, "zh"));
        }
        try (KioskDatabase db = KioskDatabase.open(real, KioskAssembly.migrations())) {
            UsageJournal journal = new UsageJournal(db);
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> new zwfw.kiosk.core.usage.UsageSeeder(journal, java.time.Clock.systemUTC(), 1).seed(1, 1,
                            List.of(new zwfw.kiosk.core.usage.UsageSeeder.Service("RS-0001", "d", 1)), List.of()));
            assertTrue(refused.getMessage().contains("holds real usage"));
            assertFalse(journal.seeded());
        }
        assertTrue(Files.isDirectory(dir.resolve("data").resolve("usage-seed")), "the seed has its own store");
        assertFalse(Files.exists(dir.resolve("data").resolve("kiosk.db")), "and never touches the kiosk's");
    }
}
