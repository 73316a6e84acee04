package zwfw.kiosk.drivers.idcard.emulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * Runs the reader emulator by hand, for trying a driver or {@code kioskctl idcard read} without a
 * reader: {@code java … EmulatorConsole --link /tmp/ttyIDCARD [--baud 115200] [--card resident]},
 * then type {@code place resident|resident-long-term|foreign|hmt}, {@code remove},
 * {@code fault NAME [times]}, {@code unplug}, {@code replug} or {@code quit}.
 */
public final class EmulatorConsole {

    private EmulatorConsole() {
    }

    public static void main(String[] args) throws Exception {
        Path link = null;
        int baud = 115200;
        String card = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--link" -> link = Path.of(args[i + 1]);
                case "--baud" -> baud = Integer.parseInt(args[i + 1]);
                case "--card" -> card = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (link == null) {
            System.err.println("usage: EmulatorConsole --link PATH [--baud 115200] [--card resident|resident-long-term|foreign|hmt]");
            System.exit(2);
        }
        try (SamReaderEmulator emulator = SamReaderEmulator.start(link, baud)) {
            if (card != null) {
                emulator.placeCard(SampleCards.named(card));
            }
            System.out.println("reader emulator on " + emulator.portPath() + " at " + baud + " baud; commands: "
                    + "place NAME, remove, fault NAME [times], unplug, replug, quit");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                String[] w = line.trim().split("\\s+");
                try {
                    switch (w[0].toLowerCase(Locale.ROOT)) {
                        case "place" -> emulator.placeCard(SampleCards.named(w.length > 1 ? w[1] : "resident"));
                        case "remove" -> emulator.removeCard();
                        case "fault" -> emulator.inject(EmulatorFault.valueOf(w[1].toUpperCase(Locale.ROOT)),
                                w.length > 2 ? Integer.parseInt(w[2]) : 1);
                        case "unplug" -> emulator.unplug();
                        case "replug" -> emulator.replug();
                        case "quit", "exit" -> {
                            return;
                        }
                        case "" -> {
                        }
                        default -> System.out.println("unknown command " + w[0]);
                    }
                    System.out.println("ok");
                } catch (RuntimeException e) {
                    System.out.println("error: " + e.getMessage());
                }
            }
        }
    }
}
