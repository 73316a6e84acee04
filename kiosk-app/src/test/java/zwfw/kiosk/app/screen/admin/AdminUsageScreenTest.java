package zwfw.kiosk.app.screen.admin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.FxThreadGuard;
import zwfw.kiosk.app.KioskApplication;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.font.KioskFonts;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.usage.UsageFigures;
import zwfw.kiosk.core.usage.report.UsageJson;
import zwfw.kiosk.drivers.io.BlockingCalls;

/**
 * The administrator's usage screen, standalone in a real JavaFX window over a store seeded by
 * {@code kioskctl usage seed}: the same period gives the same numbers on the screen, in the JSON and
 * in the CSV of {@code kioskctl usage report}; the database is read off the FX thread; screenshots
 * {@code 13-admin-usage-{zh,en}.png} ({@code -Dscreenshots.dir=DIR}, else {@code target/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class AdminUsageScreenTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    static Path dir;
    private static final ConcurrentLinkedQueue<BlockingCalls.Violation> onFxThread = new ConcurrentLinkedQueue<>();
    private static final ExecutorService work = Executors.newSingleThreadExecutor();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private AdminUsagePage page;
    private Stage stage;

    @BeforeAll
    static void seededByKioskctl() throws Exception {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + dir.resolve("data"))
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + dir.resolve("data").resolve("secrets.yaml"));
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), dir.resolve("catalog.json"));
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("usage", "seed", "--config", dir.toString(), "--days", "30", "--sessions-per-day", "60"), ctl.err());
        FxThreadGuard.report(onFxThread::add);
    }

    @AfterAll
    static void stop() {
        work.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        KioskFonts.load();
        UsageFiguresSource source = AdminUsagePage.seededStore(dir.resolve("data").resolve("usage-seed"), Clock.system(ZONE),
                List.of("idcard", "printer", "scanner", "smartcard", "camera"));
        page = new AdminUsagePage(new AdminUsageViewModel(messages, source, work,
                code -> messages.english() ? code : "事项" + code, () -> { }));
        Scene scene = new Scene(new VBox(page.view()), 1920, 1080);
        VBox.setVgrow(page.view(), javafx.scene.layout.Priority.ALWAYS);
        scene.getStylesheets().add(Objects.requireNonNull(KioskApplication.class.getResource("kiosk.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** By the button (what the test is about) or by the model (where the screen is not). */
    private UsageFigures showThirtyDays(FxRobot robot, boolean click) {
        if (click) {
            robot.clickOn("#admin-30days");
        } else {
            robot.interact(() -> page.model().show(AdminUsageViewModel.Period.LAST_30_DAYS));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> page.model().figuresProperty().get() != null
                && page.model().periodProperty().get() == AdminUsageViewModel.Period.LAST_30_DAYS
                && !page.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return page.model().figuresProperty().get();
    }

    @Test
    void theSamePeriodGivesTheSameNumbersOnTheScreenInTheJsonAndInTheCsv(FxRobot robot) throws Exception {
        UsageFigures shown = showThirtyDays(robot, true);
        String from = shown.from().toString();
        String to = shown.to().toString();
        assertEquals(LocalDate.now(ZONE).minusDays(29), shown.from());
        Path json = dir.resolve("month.json");
        Path csv = dir.resolve("month.csv");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("usage", "report", "--seeded", "--config", dir.toString(), "--from", from, "--to", to,
                "--format", "json", "--out", json.toString()), ctl.err());
        assertEquals(0, ctl.run("usage", "report", "--seeded", "--config", dir.toString(), "--from", from, "--to", to,
                "--format", "csv", "--out", csv.toString()), ctl.err());

        UsageFigures reported = UsageJson.read(Files.readAllBytes(json)).figures();
        assertEquals(shown.visits(), reported.visits());
        assertEquals(shown.outcomes(), reported.outcomes());
        assertEquals(shown.funnel(), reported.funnel());
        assertEquals(shown.abandonedByStep(), reported.abandonedByStep());
        assertEquals(shown.durations(), reported.durations());
        assertEquals(shown.byHour(), reported.byHour());
        assertEquals(shown.byWeekday(), reported.byWeekday());
        assertEquals(shown.identification(), reported.identification());
        assertEquals(shown.cases(), reported.cases());
        assertEquals(shown.services(), reported.services());
        assertEquals(shown.casesByDepartment(), reported.casesByDepartment());
        assertEquals(shown.evaluations(), reported.evaluations());
        assertEquals(shown.offline(), reported.offline());
        assertEquals(shown.outOfService(), reported.outOfService());
        assertEquals(shown.perDay(), reported.perDay());
        assertEquals(shown.rows(), reported.rows());
        for (UsageFigures.DeviceFigures d : reported.devices()) {
            assertEquals(d.faults(), shown.devices().stream().filter(s -> s.id().equals(d.id())).findFirst()
                    .map(UsageFigures.DeviceFigures::faults).orElse(0), d.id());
        }
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, shown.rows().size() + 1);
        assertEquals(shown.services().stream().mapToInt(UsageFigures.ServiceFigures::sessions).sum(),
                rows.stream().mapToInt(r -> Integer.parseInt(r.split(",")[3])).sum());
        assertEquals(shown.cases().submitted(), rows.stream().mapToInt(r -> Integer.parseInt(r.split(",")[4])).sum());
        assertEquals(shown.evaluations().count(), rows.stream().mapToInt(r -> Integer.parseInt(r.split(",")[7])).sum());

        Label visits = (Label) robot.lookup("#admin-tile-visits").queryAs(VBox.class).getChildren().get(0);
        assertEquals(Integer.toString(shown.visits()), visits.getText());
        BarChart<?, ?> days = robot.lookup("#admin-chart-days").queryAs(BarChart.class);
        assertEquals(shown.perDay().size(), days.getData().get(0).getData().size());
        assertTrue(robot.lookup("#admin-seeded").queryAs(Label.class).isVisible(), "seeded data are said to be seeded");
        assertEquals(List.of(), List.copyOf(onFxThread), "no database call on the FX thread");
    }

    @Test
    void aChosenRangeAndTheScreenInChineseAndEnglish(FxRobot robot) throws Exception {
        showThirtyDays(robot, false);
        screenshot("zh");
        robot.interact(() -> messages.localeProperty().set(Messages.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Visits", ((Label) robot.lookup("#admin-tile-visits").queryAs(VBox.class).getChildren().get(1)).getText());
        screenshot("en");

        LocalDate today = LocalDate.now(ZONE);
        robot.interact(() -> page.model().showRange(today.minusDays(2), today.minusDays(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> page.model().periodProperty().get() == AdminUsageViewModel.Period.RANGE
                && today.minusDays(2).equals(page.model().fromProperty().get()) && !page.model().loadingProperty().get());
        assertEquals(today.minusDays(1), page.model().figuresProperty().get().to());
        robot.interact(() -> page.model().showRange(today, today.minusDays(1)));
        assertEquals("Choose a first and a last day, the last not before the first", page.model().problemProperty().get());
        assertEquals(List.of(), List.copyOf(onFxThread), "no database call on the FX thread");
    }

    private void screenshot(String language) throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        Path file = out.resolve("13-admin-usage-" + language + ".png");
        ImageIO.write(b, "png", file.toFile());
        assertTrue(Files.size(file) > 20_000);
    }

}
