package zwfw.kiosk.app.screen.admin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.admin.AdminUsageViewModel.Period;
import zwfw.kiosk.core.usage.UsageFigures;

/**
 * The administrator's usage screen: period buttons and a date range at the top, headline tiles,
 * then JavaFX charts (visits per day, by hour, by weekday, the funnel, 好差评 levels,
 * identification, visit lengths, where visits were abandoned, device availability) and tables.
 * Redrawn from the view model's figures whenever they or the language change.
 */
public final class AdminUsageView {
    private final AdminUsageViewModel model;
    private final BorderPane root = new BorderPane();
    private final FlowPane tiles = new FlowPane(16, 16);
    private final GridPane charts = new GridPane();
    private final VBox tables = new VBox(24);

    public AdminUsageView(AdminUsageViewModel model) {
        this.model = model;
        root.setId("admin-usage");
        root.getStyleClass().addAll("page", "admin-usage");
        root.getStylesheets().add(Objects.requireNonNull(AdminUsageView.class.getResource("admin.css")).toExternalForm());
        root.setTop(top());
        charts.setHgap(16);
        charts.setVgap(16);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 3);
            charts.getColumnConstraints().add(c);
        }
        VBox body = new VBox(24, tiles, charts, tables);
        body.setPadding(new Insets(16, 0, 16, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("admin-scroll");
        root.setCenter(scroll);
        model.figuresProperty().addListener((o, was, f) -> redraw(f));
        model.messages().localeProperty().addListener((o, was, now) -> redraw(model.figuresProperty().get()));
    }

    public Parent root() {
        return root;
    }

    private Node top() {
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.text("admin.title"));
        Label period = new Label();
        period.setId("admin-period");
        period.getStyleClass().add("admin-heading");
        period.textProperty().bind(model.heading());
        Label seeded = new Label();
        seeded.setId("admin-seeded");
        seeded.getStyleClass().add("admin-seeded");
        seeded.textProperty().bind(model.seededNotice());
        seeded.visibleProperty().bind(seeded.textProperty().isNotEmpty());
        seeded.managedProperty().bind(seeded.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        Label loading = new Label();
        loading.textProperty().bind(model.text("admin.loading"));
        loading.visibleProperty().bind(model.loadingProperty());

        Button today = periodButton("admin-today", "admin.today", Period.TODAY);
        Button week = periodButton("admin-7days", "admin.7days", Period.LAST_7_DAYS);
        Button month = periodButton("admin-30days", "admin.30days", Period.LAST_30_DAYS);
        DatePicker from = isoDates(new DatePicker());
        from.setId("admin-from");
        DatePicker to = isoDates(new DatePicker());
        to.setId("admin-to");
        model.fromProperty().addListener((o, was, d) -> from.setValue(d));
        model.toProperty().addListener((o, was, d) -> to.setValue(d));
        Button range = new Button();
        range.setId("admin-range");
        range.getStyleClass().add("admin-period-button");
        range.textProperty().bind(model.text("admin.range"));
        range.setOnAction(e -> model.showRange(from.getValue(), to.getValue()));
        Button close = new Button();
        close.setId("admin-close");
        close.getStyleClass().add("admin-period-button");
        close.textProperty().bind(model.text("admin.close"));
        close.setOnAction(e -> model.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, today, week, month, from, new Label("–"), to, range, loading, gap, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox heading = new HBox(24, title, period, seeded, problem);
        heading.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(12, heading, bar);
    }

    /** Days as YYYY-MM-DD, as the reports and kioskctl write them, whatever the machine's locale. */
    private static DatePicker isoDates(DatePicker picker) {
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPrefWidth(190);
        return picker;
    }

    private Button periodButton(String id, String key, Period p) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("admin-period-button");
        b.textProperty().bind(model.text(key));
        b.setOnAction(e -> model.show(p));
        model.periodProperty().addListener((o, was, now) -> b.getStyleClass().removeAll("selected"));
        model.periodProperty().addListener((o, was, now) -> {
            if (now == p) {
                b.getStyleClass().add("selected");
            }
        });
        return b;
    }

    private void redraw(UsageFigures f) {
        tiles.getChildren().clear();
        charts.getChildren().clear();
        tables.getChildren().clear();
        if (f == null) {
            return;
        }
        UsageFigures.Evaluations e = f.evaluations();
        long oos = f.outOfService().values().stream().mapToLong(UsageFigures.Downtime::seconds).sum();
        tiles.getChildren().addAll(
                tile("admin-tile-visits", "admin.visits", Integer.toString(f.visits())),
                tile("admin-tile-submitted", "admin.submitted", f.cases().submitted() + ""),
                tile("admin-tile-queued", "admin.queued", f.cases().queued() + ""),
                tile("admin-tile-rejected", "admin.rejected", f.cases().rejected() + ""),
                tile("admin-tile-satisfaction", "admin.satisfaction", e.satisfactionRate() == null ? "—" : e.satisfactionRate() + "%"),
                tile("admin-tile-bad", "admin.bad", e.bad() + " / " + e.count()),
                tile("admin-tile-duration", "admin.duration", model.messages().get("admin.seconds", f.durations().averageSeconds())),
                tile("admin-tile-offline", "admin.offline", minutes(f.offline().seconds())),
                tile("admin-tile-oos", "admin.outOfService", minutes(oos)),
                tile("admin-tile-backlog", "admin.backlog", f.backlog() == null ? "—" : Integer.toString(f.backlog().depth())));
        XYChart.Series<String, Number> perDay = new XYChart.Series<>();
        f.perDay().forEach(d -> perDay.getData().add(new XYChart.Data<>(d.date().toString().substring(5), d.visits())));
        XYChart.Series<String, Number> hours = new XYChart.Series<>();
        for (int h = 0; h < 24; h++) {
            hours.getData().add(new XYChart.Data<>(String.format("%02d", h), f.byHour().get(h)));
        }
        XYChart.Series<String, Number> weekdays = new XYChart.Series<>();
        for (int d = 0; d < 7; d++) {
            weekdays.getData().add(new XYChart.Data<>(model.label("weekday", Integer.toString(d + 1)), f.byWeekday().get(d)));
        }
        XYChart.Series<String, Number> funnel = new XYChart.Series<>();
        f.funnel().forEach(s -> funnel.getData().add(new XYChart.Data<>(model.label("stage", s.stage()), s.visits())));
        XYChart.Series<String, Number> levels = new XYChart.Series<>();
        for (int l = 1; l <= 5; l++) {
            levels.getData().add(new XYChart.Data<>(model.label("level", Integer.toString(l)), e.levels().get(l - 1)));
        }
        XYChart.Series<String, Number> durations = new XYChart.Series<>();
        f.durations().buckets().forEach((k, v) -> durations.getData().add(new XYChart.Data<>(model.label("bucket", k), v)));
        XYChart.Series<String, Number> abandoned = new XYChart.Series<>();
        f.abandonedByStep().forEach((k, v) -> abandoned.getData().add(new XYChart.Data<>(model.label("step", k), v)));
        XYChart.Series<String, Number> devices = new XYChart.Series<>();
        f.devices().forEach(d -> devices.getData().add(new XYChart.Data<>(d.id(), d.availabilityPercent())));
        PieChart ident = new PieChart();
        f.identification().forEach((k, v) -> {
            if (v > 0) {
                ident.getData().add(new PieChart.Data(model.label("ident", k) + " " + v, v));
            }
        });
        List<Node> all = List.of(
                chartBox(bars(perDay), "admin-chart-days", "admin.chart.days"),
                chartBox(bars(hours), "admin-chart-hours", "admin.chart.hours"),
                chartBox(bars(weekdays), "admin-chart-weekdays", "admin.chart.weekdays"),
                chartBox(bars(funnel), "admin-chart-funnel", "admin.chart.funnel"),
                chartBox(bars(levels), "admin-chart-levels", "admin.chart.levels"),
                chartBox(ident, "admin-chart-identification", "admin.chart.identification"),
                chartBox(bars(durations), "admin-chart-durations", "admin.chart.durations"),
                chartBox(bars(abandoned), "admin-chart-abandoned", "admin.chart.abandoned"),
                chartBox(bars(devices), "admin-chart-devices", "admin.chart.devices"));
        for (int i = 0; i < all.size(); i++) {
            charts.add(all.get(i), i % 3, i / 3);
        }
        tables.getChildren().addAll(servicesTable(f), twoTables(f));
    }

    private Node tile(String id, String key, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("admin-tile-value");
        Label k = new Label(model.messages().get(key));
        k.getStyleClass().add("admin-tile-label");
        VBox box = new VBox(4, v, k);
        box.setId(id);
        box.getStyleClass().add("admin-tile");
        return box;
    }

    private static BarChart<String, Number> bars(XYChart.Series<String, Number> series) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        chart.getData().add(series);
        return chart;
    }

    private Node chartBox(Node chart, String id, String key) {
        chart.setId(id);
        Label title = new Label(model.messages().get(key));
        title.getStyleClass().add("admin-chart-title");
        if (chart instanceof PieChart p) {
            p.setAnimated(false);
            p.setLegendVisible(false);
            p.setLabelsVisible(true);
        }
        if (chart instanceof Region r) {
            r.setPrefHeight(300);
            r.setMinHeight(260);
        }
        VBox box = new VBox(4, title, chart);
        box.getStyleClass().add("admin-chart");
        return box;
    }

    private Node servicesTable(UsageFigures f) {
        GridPane g = grid("admin-table-services");
        header(g, "admin.col.service", "admin.col.department", "admin.col.sessions", "admin.col.submitted", "admin.col.queued",
                "admin.col.rejected", "admin.col.evaluations", "admin.col.avgLevel");
        int row = 1;
        for (UsageFigures.ServiceFigures s : f.services()) {
            cells(g, row++, model.serviceName(s.code()), "", Integer.toString(s.sessions()), Integer.toString(s.submitted()),
                    Integer.toString(s.queued()), Integer.toString(s.rejected()), Integer.toString(s.evaluations()),
                    s.evaluations() == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", s.averageLevel()));
        }
        for (Map.Entry<String, Integer> d : f.casesByDepartment().entrySet()) {
            cells(g, row++, "", model.department(d.getKey()), "", Integer.toString(d.getValue()), "", "", "", "");
        }
        return titled("admin.table.services", g);
    }

    private Node twoTables(UsageFigures f) {
        GridPane devices = grid("admin-table-devices");
        header(devices, "admin.col.device", "admin.col.availability", "admin.col.down", "admin.col.faults");
        int row = 1;
        for (UsageFigures.DeviceFigures d : f.devices()) {
            cells(devices, row++, d.id(), d.availabilityPercent() + "%", minutes(d.downSeconds()), Integer.toString(d.faults()));
        }
        cells(devices, row++, model.messages().get("admin.offline"), "", minutes(f.offline().seconds()),
                Integer.toString(f.offline().periods()));
        for (Map.Entry<String, UsageFigures.Downtime> o : f.outOfService().entrySet()) {
            cells(devices, row++, model.label("reason", o.getKey()), "", minutes(o.getValue().seconds()),
                    Integer.toString(o.getValue().periods()));
        }
        if (f.backlog() != null) {
            cells(devices, row, model.messages().get("admin.backlog"), Integer.toString(f.backlog().depth()),
                    f.backlog().oldestAgeSeconds() == null ? "" : minutes(f.backlog().oldestAgeSeconds()), "");
        }
        GridPane other = grid("admin-table-other");
        header(other, "admin.col.what", "admin.col.count");
        row = 1;
        for (Map.Entry<String, Integer> o : f.outcomes().entrySet()) {
            cells(other, row++, model.label("outcome", o.getKey()), Integer.toString(o.getValue()));
        }
        for (Map.Entry<String, Integer> r : f.receipts().entrySet()) {
            cells(other, row++, model.label("receipt", r.getKey()), Integer.toString(r.getValue()));
        }
        cells(other, row++, model.messages().get("admin.agent"), Integer.toString(f.agentFilings()));
        cells(other, row++, model.messages().get("admin.elderly"), Integer.toString(f.elderlyVisits()));
        for (Map.Entry<String, Integer> l : f.languages().entrySet()) {
            cells(other, row++, model.label("language", l.getKey()), Integer.toString(l.getValue()));
        }
        for (Map.Entry<String, Integer> b : f.evaluations().badReasons().entrySet()) {
            cells(other, row++, model.messages().get("admin.badReason", b.getKey()), Integer.toString(b.getValue()));
        }
        HBox both = new HBox(32, titled("admin.table.devices", devices), titled("admin.table.other", other));
        return both;
    }

    private Node titled(String key, Node content) {
        Label title = new Label(model.messages().get(key));
        title.getStyleClass().add("admin-chart-title");
        VBox box = new VBox(8, title, content);
        box.getStyleClass().add("admin-chart");
        return box;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(24);
        g.setVgap(6);
        g.getStyleClass().add("admin-table");
        return g;
    }

    private void header(GridPane g, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            Label l = new Label(model.messages().get(keys[i]));
            l.getStyleClass().add("admin-table-header");
            g.add(l, i, 0);
        }
    }

    private static void cells(GridPane g, int row, String... values) {
        for (int i = 0; i < values.length; i++) {
            g.add(new Label(values[i]), i, row);
        }
    }

    private String minutes(long seconds) {
        return seconds < 3600 ? model.messages().get("admin.minutes", (seconds + 59) / 60)
                : model.messages().get("admin.hours", String.format(java.util.Locale.ROOT, "%.1f", seconds / 3600.0));
    }
}
