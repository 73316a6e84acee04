package zwfw.kiosk.app.soak;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javax.imageio.ImageIO;

/** The soak's samples as a PNG: one small line chart per figure over visits, drawn by JavaFX and snapshotted. */
public final class SoakChart {
    private record Figure(String title, ToDoubleFunction<SoakSample> value) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("heap after full GC (MB)", s -> s.heapBytes() / 1e6),
            new Figure("RSS (MB)", s -> s.rssBytes() / 1e6),
            new Figure("live threads", SoakSample::threads),
            new Figure("open file descriptors", SoakSample::fileDescriptors),
            new Figure("SQLite handles", SoakSample::dbHandles),
            new Figure("JavaFX nodes", SoakSample::nodes),
            new Figure("data directory (MB)", s -> s.dataBytes() / 1e6),
            new Figure("logs (MB)", s -> s.logBytes() / 1e6));

    private SoakChart() {
    }

    /** Draws {@code samples} into {@code png} (on the FX thread; this thread waits). */
    public static void write(List<SoakSample> samples, String title, Path png) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                shot.complete(draw(samples, title));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        WritableImage image = shot.get(60, TimeUnit.SECONDS);
        ImageIO.write(toBuffered(image), "png", png.toFile());
    }

    private static WritableImage draw(List<SoakSample> samples, String title) {
        GridPane grid = new GridPane();
        grid.setStyle("-fx-background-color: white; -fx-padding: 10;");
        for (int i = 0; i < FIGURES.size(); i++) {
            Figure f = FIGURES.get(i);
            NumberAxis x = new NumberAxis();
            x.setLabel("visits");
            x.setForceZeroInRange(true);
            NumberAxis y = new NumberAxis();
            y.setForceZeroInRange(true);
            LineChart<Number, Number> chart = new LineChart<>(x, y);
            chart.setTitle(i == 0 ? title + " — " + f.title() : f.title());
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setPrefSize(560, 300);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            for (SoakSample s : samples) {
                series.getData().add(new XYChart.Data<>(s.visits(), f.value().applyAsDouble(s)));
            }
            chart.getData().add(series);
            grid.add(chart, i % 2, i / 2);
        }
        new Scene(grid); // CSS and layout need a scene
        grid.applyCss();
        grid.layout();
        return grid.snapshot(null, null);
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
