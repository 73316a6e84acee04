package zwfw.kiosk.app.cli.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;

class CameraCaptureCommandTest {
    @TempDir
    Path dir;

    static byte[] pagePng() throws Exception {
        BufferedImage img = new BufferedImage(600, 850, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 850);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 800; y += 20) {
            g.fillRect(40, y, 300 + y % 200, 8);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSimulatedCameraWritesAnA4PageAndSaysWhatWouldBeSent() throws Exception {
        Path out = dir.resolve("page.jpg");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("camera", "capture", "--simulated", "--out", out.toString(), "--json"), ctl.err());
        JsonNode j = JsonOutput.mapper().readTree(ctl.out());
        assertEquals(1654, j.get("width").asInt());
        assertEquals(2339, j.get("height").asInt());
        assertEquals(Files.size(out), j.get("bytesWritten").asLong());
        assertTrue(j.get("sentBytes").asLong() <= 5L * 1024 * 1024);
        assertEquals(1654, ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void aFolderCameraTakesThePictureTheToolWritesAndRemovesIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("camera-out"));
        Path out = dir.resolve("got.png");
        byte[] png = pagePng();
        Path sentinel = folder.resolve("left-over.png");
        Files.write(sentinel, png);
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> ctl.run("camera", "capture", "--folder", folder.toString(), "--timeout", "10", "--out", out.toString()));
        // the camera clears pictures left from before when it opens: once that one is gone, it is waiting
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !Files.exists(sentinel));
        // the vendor's tool writes the picture (again after a while, as an auto-capturing tool would, should the first land too early)
        int written = 0;
        for (int n = 1; n <= 5 && !run.isDone(); n++) {
            Files.write(folder.resolve("IMG_000" + n + ".png"), png);
            written++;
            try {
                run.get(2, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillWaiting) {
                // write another
            }
        }
        assertEquals(0, run.get(15, TimeUnit.SECONDS), ctl.err());
        assertTrue(java.util.Arrays.equals(png, Files.readAllBytes(out)));
        try (var left = Files.list(folder)) {
            assertEquals(written - 1, left.count(), "the picture taken is not left in the tool's folder");
        }
        assertTrue(ctl.out().contains("delete it once checked"), ctl.out());
        assertTrue(ctl.out().contains("captured 600x850 image/png"), ctl.out());
    }

    @Test
    void aMissingFolderIsExit1AndGarbageIsExit3InOneLine() throws Exception {
        CapturedKioskCtl missing = new CapturedKioskCtl();
        assertEquals(1, missing.run("camera", "capture", "--folder", dir.resolve("nope").toString(), "--out", dir.resolve("x.jpg").toString()));
        assertTrue(missing.err().contains("nope: not found"), missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());

        Path folder = Files.createDirectory(dir.resolve("junk"));
        CapturedKioskCtl junk = new CapturedKioskCtl();
        Path sentinel = folder.resolve("left-over.jpg");
        Files.write(sentinel, pagePng());
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> junk.run("camera", "capture", "--folder", folder.toString(), "--timeout", "2", "--out", dir.resolve("y.jpg").toString()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !Files.exists(sentinel));
        Files.write(folder.resolve("IMG_0002.jpg"), "error page".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, run.get(15, TimeUnit.SECONDS), junk.err());
        assertTrue(junk.err().contains("BAD_IMAGE") && junk.err().contains("IMG_0002.jpg"), junk.err());
        assertFalse(Files.exists(dir.resolve("y.jpg")));
    }
}
