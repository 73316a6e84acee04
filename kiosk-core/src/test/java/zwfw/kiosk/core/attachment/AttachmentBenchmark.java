package zwfw.kiosk.core.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.simulated.SimulatedDocumentCamera;

/**
 * Prints how long a page takes from the document camera to a contract attachment, and its sizes:
 * the simulated camera's A4 page at several resolutions (render + JPEG, as a camera hands it over),
 * then {@link PageEncoder} (decode, scale to 200 dpi, JPEG within 5 MiB), plus a worst case of
 * photographic noise. Medians of 7 runs after 5 warm-ups. Run: {@code bin/bench --only attachment}.
 */
public final class AttachmentBenchmark {
    private static int warmup = 5;
    private static int runs = 7;

    /** Argument: timed runs per input (7 unless given; the warm-ups: 5, or two fewer than the runs when that is less, at least 1). */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            runs = Integer.parseInt(args[0]);
            warmup = Math.max(1, Math.min(5, runs - 2));
        }
        // the device's state changes are logged at INFO: keep the table readable
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.printf("%-26s %12s %12s %12s %14s %12s %6s%n", "input", "capture ms", "input KiB", "encode ms", "sent px", "sent KiB", "q");
        for (int dpi : new int[] {150, 200, 300, 400}) {
            SimulatedDocumentCamera camera = new SimulatedDocumentCamera("bench", dpi);
            camera.open();
            camera.enable();
            try {
                measure("A4 page " + dpi + " dpi (camera)", () -> {
                    long t = System.nanoTime();
                    CapturedImage img = camera.capture();
                    return new Input(img.data(), (System.nanoTime() - t) / 1e6, img.width() + "x" + img.height());
                });
            } finally {
                camera.close();
            }
        }
        byte[] noise = png(noise(2480, 3508, 7)); // A4 at 300 dpi, every pixel random: the worst a picture can be
        measure("A4 300 dpi noise (PNG)", () -> new Input(noise, 0, "2480x3508"));
    }

    private record Input(byte[] data, double captureMs, String size) {
    }

    private interface Source {
        Input next() throws Exception;
    }

    private static void measure(String name, Source source) throws Exception {
        PageEncoder encoder = new PageEncoder();
        double[] capture = new double[runs];
        double[] encode = new double[runs];
        long inputBytes = 0;
        EncodedPage last = null;
        for (int i = 0; i < warmup + runs; i++) {
            Input in = source.next();
            long t = System.nanoTime();
            EncodedPage page = encoder.encode(in.data());
            double ms = (System.nanoTime() - t) / 1e6;
            if (page.size() > PageEncoder.CONTRACT_MAX_BYTES) {
                throw new IllegalStateException("over the limit: " + page.size());
            }
            if (i >= warmup) {
                capture[i - warmup] = in.captureMs();
                encode[i - warmup] = ms;
                inputBytes = in.data().length;
                last = page;
            }
        }
        System.out.printf("%-26s %12.1f %12d %12.1f %14s %12d %6.2f%n", name, median(capture), inputBytes / 1024, median(encode),
                last.width() + "x" + last.height(), last.size() / 1024, last.quality());
        // bin/bench reads these lines (figure | value | unit | target)
        System.out.printf(java.util.Locale.ROOT, "figure: attachment %s encode | %.1f | ms | -%n", name, median(encode));
        System.out.printf(java.util.Locale.ROOT, "figure: attachment %s sent | %d | KiB | < %d%n", name, last.size() / 1024,
                PageEncoder.CONTRACT_MAX_BYTES / 1024 + 1);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[x] = r.nextInt(1 << 24);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static byte[] png(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
