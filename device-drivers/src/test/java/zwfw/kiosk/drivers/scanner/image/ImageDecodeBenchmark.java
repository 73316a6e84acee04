package zwfw.kiosk.drivers.scanner.image;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints how long {@link ImageCodeDecoder} takes per frame at 640×480 and 1920×1080 (a clean QR
 * code, a turned and noisy one, and a frame with no code, which runs every pass), and what share of
 * a fixed set of degraded frames it reads. Run:
 * {@code bin/bench --only qrdecode} (with zbarimg installed, it is run on the degraded set beside ours)
 */
public final class ImageDecodeBenchmark {
    private static final String URL = "https://platform.example.gov.cn/q/SA20261124000123";

    private ImageDecodeBenchmark() {
    }

    /** Timed decodes per frame (after a quarter as many warm-ups); the first argument, 20 unless given. */
    private static int runs = 20;
    private static int frameCount = 120;

    /** The degraded set's name in figure lines: the whole set, or the first N frames of it. */
    private static String setName() {
        return frameCount == 120 ? "" : " (first " + frameCount + " of 120)";
    }

    public static void main(String[] args) {
        runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        frameCount = args.length > 1 ? Math.max(1, Math.min(120, Integer.parseInt(args[1]))) : 120;
        ImageCodeDecoder decoder = new ImageCodeDecoder();
        System.out.printf(Locale.ROOT, "ZXing image decoding benchmark (%s, %d cores)%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (int[] size : new int[][] {{640, 480}, {1920, 1080}}) {
            int w = size[0];
            int h = size[1];
            int side = Math.min(w, h) / 2;
            BufferedImage clean = TestImages.frame(w, h, TestImages.code(BarcodeFormat.QR_CODE, URL, side, side), w / 2.0, h / 2.0, 0);
            BufferedImage turned = TestImages.noise(TestImages.blur(
                    TestImages.frame(w, h, TestImages.code(BarcodeFormat.QR_CODE, URL, side, side), w / 2.0, h / 2.0, 33), 3), 15, 1);
            BufferedImage barcode = TestImages.frame(w, h, TestImages.code(BarcodeFormat.CODE_128, "SA20261124000123", side * 3 / 2, side / 3),
                    w / 2.0, h / 2.0, 90);
            BufferedImage none = TestImages.noise(TestImages.frame(w, h, new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), 0, 0, 0), 20, 2);
            report(decoder, w + "x" + h + " clean QR", clean, 1);
            report(decoder, w + "x" + h + " QR turned 33deg, blur 3, noise 15", turned, 1);
            report(decoder, w + "x" + h + " Code 128 turned 90deg", barcode, 1);
            report(decoder, w + "x" + h + " no code (all passes)", none, 0);
        }
        degradedSet(decoder);
    }

    private static BufferedImage qr(String text, int side) {
        return TestImages.code(BarcodeFormat.QR_CODE, text, side, side);
    }

    private static void report(ImageCodeDecoder decoder, String label, BufferedImage img, int expected) {
        for (int i = 0; i < Math.max(1, runs / 4); i++) {
            decoder.decode(img); // warm up the JIT
        }
        long[] nanos = new long[runs];
        int found = -1;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            found = decoder.decode(img).size();
            nanos[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-46s median %7.1f ms  p90 %7.1f ms  codes found %d (expected %d)%n",
                label, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, found, expected);
        // bin/bench reads these lines (figure | value | unit | target): one per decode, it takes their median and spread
        for (long n : nanos) {
            System.out.printf(Locale.ROOT, "figure: decode %s | %.1f | ms | -%n", label, n / 1e6);
        }
    }

    /**
     * 120 frames at 640x480 from a fixed seed: random angle, size, blur, noise, contrast, some inverted; the
     * second argument takes the first N of them (bin/bench --quick), the same frames as the first N of the full set.
     */
    private static void degradedSet(ImageCodeDecoder decoder) {
        Random r = new Random(20261124);
        int total = frameCount;
        int read = 0;
        int qrTotal = 0;
        int qrRead = 0;
        long nanos = 0;
        List<String> missed = new ArrayList<>();
        List<BufferedImage> frames = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean barcode = i % 4 == 3;
            int angle = r.nextInt(360);
            int blur = 1 + r.nextInt(4);
            int sigma = r.nextInt(35);
            int dark = r.nextInt(110);
            int light = 255 - r.nextInt(90);
            boolean inverted = r.nextInt(5) == 0;
            BufferedImage code = barcode
                    ? TestImages.code(BarcodeFormat.CODE_128, "SA2026112400" + (1000 + i), 380, 100)
                    : qr(URL + "?n=" + i, 140 + r.nextInt(120));
            if (barcode) {
                angle = (angle / 90) * 90 + r.nextInt(21) - 10; // 1D codes lie roughly along or across the frame
            }
            BufferedImage img = TestImages.frame(640, 480, code, 320, 240, angle);
            img = TestImages.contrast(img, dark, light);
            img = TestImages.blur(img, blur);
            img = TestImages.noise(img, sigma, i);
            if (inverted) {
                img = TestImages.invert(img);
            }
            long t0 = System.nanoTime();
            List<DecodedCode> got = decoder.decode(img);
            nanos += System.nanoTime() - t0;
            String want = barcode ? "SA2026112400" + (1000 + i) : URL + "?n=" + i;
            frames.add(img);
            wanted.add(want);
            qrTotal += barcode ? 0 : 1;
            if (got.stream().anyMatch(c -> c.text().equals(want))) {
                read++;
                qrRead += barcode ? 0 : 1;
            } else {
                missed.add(String.format(Locale.ROOT, "#%d %s angle %d blur %d noise %d contrast %d-%d%s", i,
                        barcode ? "CODE_128" : "QR", angle, blur, sigma, dark, light, inverted ? " inverted" : ""));
            }
        }
        System.out.printf(Locale.ROOT, "  degraded set: %d of %d read (%.1f %%; QR %d of %d, Code 128 %d of %d), mean %.1f ms per frame%n",
                read, total, 100.0 * read / total, qrRead, qrTotal, read - qrRead, total - qrTotal, nanos / 1e6 / total);
        System.out.printf(Locale.ROOT, "figure: decode degraded set%s read | %.1f | %% | -%n", setName(), 100.0 * read / total);
        System.out.printf(Locale.ROOT, "figure: decode degraded set%s per frame | %.1f | ms | -%n", setName(), nanos / 1e6 / total);
        for (String m : missed) {
            System.out.println("    missed " + m);
        }
        beside(frames, wanted, read, nanos);
    }

    /**
     * The same degraded frames through zbarimg (Debian zbar-tools), the well-known decoder, when it is
     * installed: how many it reads and its time per frame, as ratios to ours. Its time is one process
     * for all frames, PNG reading included; ours is the decode call alone, so the time ratio flatters zbarimg
     * by its start-up and favours it not at all on reading (PNG decoding costs it more than nothing).
     */
    private static void beside(List<BufferedImage> frames, List<String> wanted, int ourRead, long ourNanos) {
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("decode-bench");
            List<String> cmd = new ArrayList<>(List.of("zbarimg", "--quiet", "--raw"));
            for (int i = 0; i < frames.size(); i++) {
                java.nio.file.Path f = dir.resolve("frame-" + i + ".png");
                javax.imageio.ImageIO.write(frames.get(i), "png", f.toFile());
                cmd.add(f.toString());
            }
            long t0 = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (java.io.IOException notInstalled) {
                System.out.println("  zbarimg not installed (Debian zbar-tools): no comparison");
                return;
            }
            java.util.Set<String> out = new java.util.HashSet<>(new String(p.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).lines().toList());
            p.waitFor();
            double zbarNanos = System.nanoTime() - t0;
            long zbarRead = wanted.stream().filter(out::contains).count();
            System.out.printf(Locale.ROOT, "  zbarimg on the same frames: %d of %d read, %.1f ms per frame (one process, PNG reading included)%n",
                    zbarRead, frames.size(), zbarNanos / 1e6 / frames.size());
            System.out.printf(Locale.ROOT, "figure: decode degraded set%s read, zbarimg | %.1f | %% | -%n", setName(), 100.0 * zbarRead / frames.size());
            System.out.printf(Locale.ROOT, "figure: decode degraded set%s read, ours / zbarimg | %.2f | x | -%n", setName(),
                    zbarRead == 0 ? Double.NaN : ourRead / (double) zbarRead);
            System.out.printf(Locale.ROOT, "figure: decode degraded set%s time per frame, zbarimg / ours | %.2f | x | -%n", setName(), zbarNanos / ourNanos);
        } catch (java.io.IOException e) {
            System.out.println("  zbarimg comparison unavailable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (dir != null) {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                } catch (java.io.IOException ignored) {
                    // a temporary directory: the system cleans it
                }
                dir.toFile().delete();
            }
        }
    }
}
