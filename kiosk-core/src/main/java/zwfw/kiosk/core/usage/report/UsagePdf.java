package zwfw.kiosk.core.usage.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import zwfw.kiosk.core.usage.UsageFigures;
import zwfw.kiosk.core.usage.report.PdfCharts.Bar;

/**
 * The usage report an office files, as an A4 PDF: a cover with the centre, the kiosk and the
 * period and the headline totals; a page of charts (visits per day, by hour and weekday, the
 * funnel, the 好差评 levels, visit lengths); then the tables. Counts only: no personal data
 * exists in {@link UsageFigures} to print.
 */
public final class UsagePdf {
    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 50;
    private static final float BOTTOM = 50;
    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    private final PDDocument pdf;
    private final PdfPen pen;
    private final PdfCharts charts;
    private final UsageFigures f;
    private final Function<String, String> serviceName;
    private PDPageContentStream page;
    private float y;

    private UsagePdf(PDDocument pdf, UsageFigures f, Function<String, String> serviceName) throws IOException {
        this.pdf = pdf;
        this.pen = new PdfPen(pdf);
        this.charts = new PdfCharts(pen);
        this.f = f;
        this.serviceName = serviceName;
    }

    /** Writes the report to {@code out} (left open). */
    public static void write(ReportHeading heading, UsageFigures figures, Function<String, String> serviceName,
                             OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Kiosk usage report " + figures.from() + " – " + figures.to());
            info.setCreator("zwfw-kiosk kioskctl");
            UsagePdf r = new UsagePdf(pdf, figures, serviceName);
            r.cover(heading);
            if (!figures.empty()) {
                r.chartsPage();
                r.tables();
            }
            r.page.close();
            pdf.save(out);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        pdf.addPage(p);
        page = new PDPageContentStream(pdf, p);
        y = H - MARGIN;
    }

    private void cover(ReportHeading h) throws IOException {
        newPage();
        y -= 60;
        pen.bold(page, "政务服务自助终端使用情况报告", MARGIN, y, 22, PdfCharts.INK);
        y -= 22;
        pen.text(page, "Self-service kiosk usage report", MARGIN, y, 12, PdfCharts.GREY);
        y -= 40;
        long days = ChronoUnit.DAYS.between(f.from(), f.to()) + 1;
        line("服务中心", h.centre());
        line("终端", h.kioskId() + (h.kioskName() == null || h.kioskName().isBlank() ? "" : "  " + h.kioskName()));
        line("统计期间", f.from() + " 至 " + f.to() + "（" + days + " 天，" + f.zone() + "）");
        line("生成时间", h.generatedAt());
        if (f.seeded()) {
            y -= 8;
            pen.bold(page, "示例数据：由 kioskctl usage seed 生成，并非真实使用情况", MARGIN, y, 12, PdfCharts.ACCENT);
            y -= 18;
        }
        y -= 20;
        if (f.empty()) {
            pen.text(page, "本期间无使用数据 · No usage in this period", MARGIN, y, 12, PdfCharts.INK);
            return;
        }
        pen.bold(page, "主要指标", MARGIN, y, 14, PdfCharts.INK);
        y -= 24;
        UsageFigures.Evaluations e = f.evaluations();
        line("访问量", Integer.toString(f.visits()));
        line("提交办件", f.cases().submitted() + "（其中排队 " + f.cases().queued() + "）");
        line("被退回办件", Integer.toString(f.cases().rejected()));
        line("评价数", e.count() + "，差评 " + e.bad());
        line("满意率", e.satisfactionRate() == null ? "—" : e.satisfactionRate() + "%");
        line("平均时长", f.durations().averageSeconds() + " 秒");
        line("离线时长", minutes(f.offline().seconds()) + "（" + f.offline().periods() + " 次）");
        long oos = f.outOfService().values().stream().mapToLong(UsageFigures.Downtime::seconds).sum();
        line("暂停服务时长", minutes(oos));
        if (f.backlog() != null) {
            line("待发送办件", f.backlog().depth() + (f.backlog().oldestAgeSeconds() == null ? ""
                    : "（最早 " + minutes(f.backlog().oldestAgeSeconds()) + " 前）"));
        }
    }

    private void line(String label, String value) throws IOException {
        pen.text(page, label, MARGIN, y, 11, PdfCharts.GREY);
        pen.text(page, value == null ? "" : value, MARGIN + 100, y, 11, PdfCharts.INK);
        y -= 20;
    }

    private void chartsPage() throws IOException {
        newPage();
        float cw = W - 2 * MARGIN;
        float half = (cw - 20) / 2;
        List<Bar> perDay = new ArrayList<>();
        f.perDay().forEach(d -> perDay.add(new Bar(d.date().toString().substring(5), d.visits())));
        charts.columns(page, "每日访问量 Visits per day", perDay, MARGIN, H - MARGIN - 150, cw, 130, PdfCharts.BAR);
        List<Bar> hours = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            hours.add(new Bar(String.format("%02d", i), f.byHour().get(i)));
        }
        float row2 = H - MARGIN - 330;
        charts.columns(page, "按时段 By hour", hours, MARGIN, row2, half, 150, PdfCharts.BAR);
        List<Bar> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(new Bar("周" + WEEKDAYS[i], f.byWeekday().get(i)));
        }
        charts.columns(page, "按星期 By weekday", weekdays, MARGIN + half + 20, row2, half, 150, PdfCharts.BAR);
        List<Bar> funnel = new ArrayList<>();
        f.funnel().forEach(s -> funnel.add(new Bar(UsageLabels.stage(s.stage()), s.visits())));
        float row3 = H - MARGIN - 510;
        charts.rows(page, "办理漏斗 Funnel", funnel, MARGIN, row3, half, 150, PdfCharts.BAR);
        List<Bar> levels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            levels.add(new Bar(UsageLabels.level(i + 1), f.evaluations().levels().get(i)));
        }
        charts.rows(page, "好差评 Evaluations", levels, MARGIN + half + 20, row3, half, 150, PdfCharts.ACCENT);
        List<Bar> durations = new ArrayList<>();
        f.durations().buckets().forEach((k, v) -> durations.add(new Bar(UsageLabels.duration(k), v)));
        charts.columns(page, "办理时长 Visit length", durations, MARGIN, BOTTOM, half, 130, PdfCharts.BAR);
        List<Bar> ident = new ArrayList<>();
        f.identification().forEach((k, v) -> ident.add(new Bar(UsageLabels.identification(k), v)));
        charts.rows(page, "身份核验方式 Identification", ident, MARGIN + half + 20, BOTTOM, half, 130, PdfCharts.BAR);
    }

    private void tables() throws IOException {
        newPage();
        List<String[]> services = new ArrayList<>();
        for (UsageFigures.ServiceFigures s : f.services()) {
            String name = serviceName.apply(s.code());
            services.add(new String[] {s.code(), name == null ? "" : name, n(s.sessions()), n(s.submitted()), n(s.queued()),
                    n(s.rejected()), n(s.evaluations()), s.evaluations() == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", s.averageLevel())});
        }
        table("各事项办理情况 Services", new String[] {"编码", "事项", "访问", "提交", "排队", "退回", "评价", "平均分"},
                new float[] {60, 175, 40, 40, 40, 40, 40, 60}, services);
        table("各部门办件 Cases by department", new String[] {"部门", "办件"}, new float[] {300, 80}, entries(f.casesByDepartment(), k -> k));
        List<String[]> outcomes = new ArrayList<>(entries(f.outcomes(), UsageLabels::outcome));
        table("访问结果 Outcomes", new String[] {"结果", "次数"}, new float[] {300, 80}, outcomes);
        table("中途放弃（按步骤）Abandoned by step", new String[] {"步骤", "次数"}, new float[] {300, 80},
                entries(f.abandonedByStep(), UsageLabels::step));
        table("回执 Receipts", new String[] {"方式", "次数"}, new float[] {300, 80}, entries(f.receipts(), UsageLabels::receipt));
        List<String[]> other = new ArrayList<>();
        other.add(new String[] {"代办 Agent filings", n(f.agentFilings())});
        other.add(new String[] {"长辈版 Elderly mode", n(f.elderlyVisits())});
        f.languages().forEach((k, v) -> other.add(new String[] {"语言 " + k, n(v)}));
        table("其他 Other", new String[] {"项目", "次数"}, new float[] {300, 80}, other);
        table("差评原因 Reasons of poor ratings", new String[] {"原因", "次数"}, new float[] {300, 80},
                entries(f.evaluations().badReasons(), k -> k));
        List<String[]> devices = new ArrayList<>();
        for (UsageFigures.DeviceFigures d : f.devices()) {
            devices.add(new String[] {d.id(), d.availabilityPercent() + "%", minutes(d.downSeconds()), n(d.faults())});
        }
        table("设备可用率 Device availability", new String[] {"设备", "可用率", "故障时长", "故障次数"},
                new float[] {200, 80, 80, 80}, devices);
        List<String[]> downtime = new ArrayList<>();
        downtime.add(new String[] {"离线 Offline", minutes(f.offline().seconds()), n(f.offline().periods())});
        f.outOfService().forEach((k, v) -> downtime.add(new String[] {"暂停服务 " + UsageLabels.reason(k), minutes(v.seconds()),
                n(v.periods())}));
        table("离线与暂停服务 Offline and out of service", new String[] {"原因", "时长", "次数"}, new float[] {240, 80, 80},
                downtime);
    }

    private static List<String[]> entries(Map<String, Integer> m, Function<String, String> label) {
        List<String[]> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new String[] {label.apply(k), n(v)}));
        return out;
    }

    private void table(String title, String[] header, float[] widths, List<String[]> rows) throws IOException {
        float rowH = 15;
        if (y - 40 < BOTTOM) {
            newPage();
        }
        pen.bold(page, title, MARGIN, y, 11, PdfCharts.INK);
        y -= 18;
        row(header, widths, PdfCharts.GREY);
        for (String[] r : rows) {
            if (y - rowH < BOTTOM) {
                newPage();
                row(header, widths, PdfCharts.GREY);
            }
            row(r, widths, PdfCharts.INK);
        }
        if (rows.isEmpty()) {
            pen.text(page, "—", MARGIN, y, 9, PdfCharts.GREY);
            y -= 15;
        }
        y -= 12;
    }

    private void row(String[] cells, float[] widths, Color colour) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            pen.text(page, pen.fit(cells[i], 9, widths[i] - 4), x, y, 9, colour);
            x += widths[i];
        }
        y -= 15;
    }

    private static String n(int v) {
        return Integer.toString(v);
    }

    static String minutes(long seconds) {
        return seconds < 3600 ? (seconds + 59) / 60 + " 分钟" : String.format(java.util.Locale.ROOT, "%.1f 小时", seconds / 3600.0);
    }
}
