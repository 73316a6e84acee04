package zwfw.kiosk.core.receipt;

import java.util.Locale;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.escpos.DocumentEncoder;
import zwfw.kiosk.drivers.printer.escpos.EscPosEncoder;
import zwfw.kiosk.drivers.printer.escpos.PrinterText;
import zwfw.kiosk.drivers.printer.interpreter.EscPosInterpreter;
import zwfw.kiosk.drivers.printer.interpreter.Printout;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;
import zwfw.kiosk.drivers.printer.emulator.PtyPrinterEmulator;
import zwfw.kiosk.drivers.printer.escpos.EscPosPrinter;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;

/**
 * Bytes on the wire for the standard case receipt, text + native QR against all-raster, on the
 * 58 mm and 80 mm profiles, with the wire time at 115200 and 9600 baud (8N1: baud/10 bytes per
 * second) and the time to encode each job. Run: {@code bin/bench --only receipt}.
 */
public final class ReceiptWireBenchmark {
    private static final int[] BAUDS = {115200, 9600};

    public static void main(String[] args) {
        PrintDocument receipt = ReceiptDocuments.caseReceipt(SampleReceipts.accepted());
        System.out.println("standard case receipt (accepted case, QR of the queryUrl)");
        System.out.printf(Locale.ROOT, "%-8s %-16s %8s %10s %12s %10s %12s%n",
                "profile", "job", "bytes", "paper mm", "@115200 s", "@9600 s", "encode ms");
        for (String name : new String[] {"58mm", "80mm"}) {
            PrinterProfile profile = PrinterProfiles.require(name);
            DocumentEncoder encoder = new DocumentEncoder(profile);
            EscPosInterpreter interpreter = new EscPosInterpreter(profile.dotsPerLine(), profile.chineseFont());
            byte[] text = encoder.encode(receipt);
            Printout paper = interpreter.interpret(text);
            byte[] raster = allRaster(profile, paper);
            double textMs = timeMillis(() -> encoder.encode(receipt));
            double rasterMs = timeMillis(() -> allRaster(profile, interpreter.interpret(encoder.encode(receipt))));
            double paperMm = paper.image().getHeight() / 8.0;
            row(name, "text+native QR", text.length, paperMm, textMs);
            row(name, "all-raster", raster.length, paperMm, rasterMs);
            // bin/bench reads these lines (figure | value | unit | target)
            System.out.printf(Locale.ROOT, "figure: receipt %s text+QR bytes | %d | B | < 2048%n", name, text.length);
            System.out.printf(Locale.ROOT, "figure: receipt %s text+QR wire at 115200 | %.3f | s | < 0.25%n", name, wireSeconds(text.length, BAUDS[0]));
            System.out.printf(Locale.ROOT, "figure: receipt %s text+QR encode | %.3f | ms | -%n", name, textMs);
            System.out.printf(Locale.ROOT, "figure: receipt %s all-raster / text+QR bytes | %.1f | x | -%n", name, raster.length / (double) text.length);
        }
        System.out.println("target: text+native QR under 2048 bytes and under 0.25 s at 115200 baud");
        measuredOverPseudoTerminal(receipt);
    }

    /**
     * The driver's own overhead, measured: status query and whole print() over a serial port that
     * is a pseudo-terminal (bytes to the printer move at memory speed; answers are paced at 115200).
     */
    private static void measuredOverPseudoTerminal(PrintDocument receipt) {
        try (PtyPrinterEmulator emu = PtyPrinterEmulator.start(null, 115200);
             EscPosPrinter printer = new EscPosPrinter("bench", new SerialTransport(SerialSettings.of(emu.portPath(), 115200)),
                     PrinterProfiles.require("80mm"), 500, true)) {
            printer.open();
            printer.enable();
            double status = timeMillis(printer::queryStatus);
            double print = timeMillis(() -> {
                if (!printer.print(receipt).isPrinted()) {
                    throw new IllegalStateException("emulated printer refused the job");
                }
            });
            System.out.printf(Locale.ROOT, "measured over a pseudo-terminal (80mm): status query (4 x DLE EOT) %.2f ms,"
                    + " print() incl. status before and after %.2f ms (median)%n", status, print);
            System.out.printf(Locale.ROOT, "figure: receipt print() over a pseudo-terminal (80mm) | %.2f | ms | -%n", print);
        } catch (Exception e) {
            System.out.println("pseudo-terminal measurement unavailable: " + e);
        }
    }

    /** The same receipt as one picture: what a driver that rasterises everything would send. */
    static byte[] allRaster(PrinterProfile profile, Printout paper) {
        return new EscPosEncoder(PrinterText.forProfile(profile)).initialize().raster(paper.image())
                .feedLines(profile.feedLinesBeforeCut()).cut(true).toBytes();
    }

    private static void row(String profile, String job, int bytes, double paperMm, double encodeMs) {
        System.out.printf(Locale.ROOT, "%-8s %-16s %8d %10.1f %12.3f %10.3f %12.3f%n", profile, job, bytes, paperMm,
                wireSeconds(bytes, BAUDS[0]), wireSeconds(bytes, BAUDS[1]), encodeMs);
    }

    static double wireSeconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }

    /** Median of 15 runs after 20 warm-up runs. */
    private static double timeMillis(Runnable job) {
        for (int i = 0; i < 20; i++) {
            job.run();
        }
        double[] t = new double[15];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            job.run();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(t);
        return t[t.length / 2];
    }
}
