package zwfw.kiosk.drivers.idcard.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.emulator.SamReaderEmulator;
import zwfw.kiosk.drivers.idcard.serial.SamReaderSettings;
import zwfw.kiosk.drivers.idcard.serial.SamSerialIdCardReader;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * Time from a card placed on the emulated reader to the card delivered to a listener of the
 * sam-serial driver (through jSerialComm and a pseudo-terminal paced at the baud), beside the
 * wire-time lower bound (bytes of find + select + read on the line × 10 ÷ baud) and the target
 * (1.3 × wire time + one poll interval). Cards are placed at random moments of the poll cycle.
 * <p>
 * Run: {@code bin/bench --only idcard} (arguments, when run by hand: runs at 115200, runs at 9600)
 * (arguments: runs at 115200, runs at 9600).
 */
public final class CardReadLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int runsFast = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runsSlow = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println("ID card read latency: card placed -> card delivered (sam-serial over a paced pseudo-terminal)");
        System.out.printf(Locale.ROOT, "%-7s %4s %6s %9s %9s %9s %9s %9s %11s %10s %s%n", "baud", "runs", "bytes",
                "wire ms", "min ms", "median", "p95", "max ms", "target ms", "poll ms", "verdict (max <= target)");
        Path dir = Files.createTempDirectory("idcard-bench");
        measure(dir, 115200, runsFast);
        measure(dir, 9600, runsSlow);
        System.exit(0);
    }

    private static void measure(Path dir, int baud, int runs) throws Exception {
        SamReaderSettings settings = SamReaderSettings.of(dir.resolve("ttyBENCH" + baud).toString(), baud);
        Random random = new Random(7);
        LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Boolean> removals = new LinkedBlockingQueue<>();
        List<Double> latencies = new ArrayList<>();
        long cycleBytes = 0;
        try (SamReaderEmulator emulator = SamReaderEmulator.start(dir.resolve("ttyBENCH" + baud), baud);
             SamSerialIdCardReader reader = new SamSerialIdCardReader("bench", settings)) {
            reader.addCardListener(new IdCardListener() {
                @Override
                public void cardArrived(IdCardReader r, IdCard card) {
                    arrivals.add(System.nanoTime());
                    card.wipe();
                }

                @Override
                public void cardRemoved(IdCardReader r) {
                    removals.add(true);
                }
            });
            reader.open();
            reader.enable();
            for (int i = 0; i < runs + 1; i++) {
                // A random moment in the poll cycle, as a hand would place a card.
                Thread.sleep(settings.pollIntervalMs() + random.nextInt(settings.pollIntervalMs()));
                emulator.placeCard(SampleCards.resident());
                long placed = emulator.placedAtNanos();
                Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
                if (arrived == null) {
                    throw new IllegalStateException("no card delivered within 10 s at " + baud + " baud");
                }
                if (i > 0) { // the first run warms up the JIT
                    latencies.add((arrived - placed) / 1e6);
                    cycleBytes = emulator.lastReadCycleBytes();
                }
                emulator.removeCard();
                if (removals.poll(10, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("removal not seen within 10 s");
                }
            }
        }
        Collections.sort(latencies);
        double wire = cycleBytes * 10.0 * 1000 / baud;
        double target = 1.3 * wire + settings.pollIntervalMs();
        double max = latencies.get(latencies.size() - 1);
        System.out.printf(Locale.ROOT, "%-7d %4d %6d %9.1f %9.1f %9.1f %9.1f %9.1f %11.1f %10d %s%n", baud, runs, cycleBytes,
                wire, latencies.get(0), percentile(latencies, 50), percentile(latencies, 95), max, target,
                settings.pollIntervalMs(), max <= target ? "within target" : "OVER target");
        // bin/bench reads these lines (figure | value | unit | target)
        System.out.printf(Locale.ROOT, "figure: ID card read at %d baud, max | %.1f | ms | < %.1f%n", baud, max, target);
        System.out.printf(Locale.ROOT, "figure: ID card read at %d baud, median / wire time | %.2f | x | -%n", baud, percentile(latencies, 50) / wire);
    }

    private static double percentile(List<Double> sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }
}
