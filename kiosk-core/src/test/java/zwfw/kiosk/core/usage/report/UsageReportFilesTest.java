package zwfw.kiosk.core.usage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageAnalytics;
import zwfw.kiosk.core.usage.UsageFigures;
import zwfw.kiosk.core.usage.UsageJournal;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageSeeder;

/** The report files against the store: the CSV's rows against SQL over the events, the PDF's text and charts, the JSON. */
class UsageReportFilesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T07:30:00Z"), ZONE);
    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);
    private static final LocalDate TO = LocalDate.of(2026, 11, 29);
    private static final Map<String, String> NAMES = Map.of("RS-0001", "个人参保证明打印", "YB-0002", "异地就医备案, \"跨省\"");
    private static final ReportHeading HEADING = new ReportHeading("鹿城区政务服务中心", "KSK-330302-0001", "一楼自助区",
            "2026-11-29T15:30:00+08:00");

    @TempDir
    static Path dir;
    private static KioskDatabase db;
    private static UsageFigures figures;

    @BeforeAll
    static void seed() {
        db = KioskDatabase.open(dir, UsageLog.migrations());
        UsageJournal journal = new UsageJournal(db);
        new UsageSeeder(journal, CLOCK, 7).seed(20, 80, List.of(new UsageSeeder.Service("RS-0001", "区人力社保局", 3),
                new UsageSeeder.Service("YB-0002", "区医疗保障局", 2)), List.of("idcard", "printer"));
        figures = new UsageAnalytics(journal, CLOCK).figures(FROM, TO, List.of("idcard", "printer"), new UsageFigures.Backlog(2, 90L));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theCsvHasOneRowPerDayAndServiceAsTheStoreHoldsThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsageCsv.write(figures, c -> NAMES.getOrDefault(c, ""), out);
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte-order mark");
        List<String> lines = Arrays.asList(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("date,service_code,service_name,sessions,cases_submitted,cases_queued,cases_rejected,evaluations,avg_level",
                lines.get(0));
        List<String> expected = db.read(c -> {
            List<String> rows = new ArrayList<>();
            // Days in Shanghai (UTC+8, no summer time) straight from the events, independent of the code under test.
            try (PreparedStatement ps = c.prepareStatement("SELECT date(started_ms / 1000, 'unixepoch', '+8 hours') AS d, service_code,"
                    + " COUNT(*), SUM(case_result IN ('DELIVERED','QUEUED')), SUM(case_result = 'QUEUED'), SUM(case_result = 'REJECTED'),"
                    + " SUM(level > 0), printf('%.2f', AVG(CASE WHEN level > 0 THEN level END))"
                    + " FROM usage_visits WHERE service_code IS NOT NULL AND d BETWEEN ? AND ? GROUP BY d, service_code ORDER BY d, service_code")) {
                ps.setString(1, FROM.toString());
                ps.setString(2, TO.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(2);
                        String name = NAMES.get(code).contains(",") ? "\"" + NAMES.get(code).replace("\"", "\"\"") + "\"" : NAMES.get(code);
                        rows.add(String.join(",", rs.getString(1), code, name, rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(7) == 0 ? "" : rs.getString(8)));
                    }
                }
            }
            return rows;
        });
        assertTrue(expected.size() >= 26, "two services on most of 14 days: " + expected.size());
        assertEquals(expected, lines.subList(1, lines.size()));
    }

    @Test
    void thePdfHoldsTheCentreThePeriodTheTotalsAndDrawnCharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsagePdf.write(HEADING, figures, c -> NAMES.getOrDefault(c, ""), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "cover, charts, tables");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String cover = text.getText(pdf);
            assertTrue(cover.contains("鹿城区政务服务中心"), cover);
            assertTrue(cover.contains("2026-11-16 至 2026-11-29"), cover);
            assertTrue(cover.contains("示例数据"), "a seeded store says so");
            assertTrue(cover.contains("访问量") && cover.contains(Integer.toString(figures.visits())), cover);
            assertTrue(cover.contains("提交办件") && cover.contains(Integer.toString(figures.cases().submitted())), cover);
            assertTrue(cover.contains(figures.evaluations().satisfactionRate() + "%"), cover);
            text.setStartPage(3);
            text.setEndPage(pdf.getNumberOfPages());
            String tables = text.getText(pdf);
            assertTrue(tables.contains("个人参保证明打印"), tables);
            UsageFigures.ServiceFigures top = figures.services().get(0);
            assertTrue(tables.contains(top.code() + " 个人参保证明打印 " + top.sessions() + " " + top.submitted()), tables);

            BufferedImage charts = new PDFRenderer(pdf).renderImageWithDPI(1, 72);
            assertTrue(pixelsOf(charts, PdfCharts.BAR) > 3000, "the bars of the charts are drawn");
            assertTrue(pixelsOf(charts, PdfCharts.ACCENT) > 200, "the evaluation levels' bars are drawn");
        }
    }

    @Test
    void anEmptyPeriodGivesAnEmptyReportNotAnError(@TempDir Path empty) throws Exception {
        try (KioskDatabase other = KioskDatabase.open(empty, UsageLog.migrations())) {
            UsageFigures none = new UsageAnalytics(new UsageJournal(other), CLOCK).figures(FROM, TO, List.of(), null);
            ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
            UsagePdf.write(HEADING, none, c -> "", pdfOut);
            try (PDDocument pdf = Loader.loadPDF(pdfOut.toByteArray())) {
                assertEquals(1, pdf.getNumberOfPages());
                assertTrue(new PDFTextStripper().getText(pdf).contains("本期间无使用数据"));
            }
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            UsageCsv.write(none, c -> "", csv);
            assertEquals("\uFEFF" + UsageCsv.HEADER + "\r\n", csv.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theJsonReadsBackAsTheSameFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsageJson.write(new UsageJson.Report(HEADING, NAMES, figures), out);
        assertEquals(figures, UsageJson.read(out.toByteArray()).figures());
    }

    private static int pixelsOf(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) < 12 && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) < 12
                        && Math.abs((rgb & 0xff) - c.getBlue()) < 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
