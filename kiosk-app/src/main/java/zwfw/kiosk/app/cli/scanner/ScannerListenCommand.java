package zwfw.kiosk.app.cli.scanner;

import zwfw.kiosk.drivers.idcard.card.IdNumbers;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.JsonOutput;

import zwfw.kiosk.core.scan.ScanClassifier;
import zwfw.kiosk.core.scan.ScanKind;
import zwfw.kiosk.core.scan.ScanMeaning;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.scanner.Scan;
import zwfw.kiosk.drivers.scanner.serial.SerialCodeScanner;
import zwfw.kiosk.drivers.scanner.serial.SerialScannerSettings;
import zwfw.kiosk.drivers.scanner.serial.Suffix;

/**
 * {@code kioskctl scanner listen --port PATH}: prints one line per code read by a serial scanner,
 * with what the kiosk takes it to mean. Exit 0 when {@code --count} codes came (or at the timeout
 * after at least one), 2 when none came within {@code --timeout}, 1 when the port cannot be opened.
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = "Print the codes a serial scanner reads, one line each, with their meaning.")
public final class ScannerListenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, description = "Serial port, e.g. /dev/ttyUSB0.")
    String port;

    @Bounded(min = 300, max = 4_000_000, unit = "baud")
    @Option(names = "--baud", defaultValue = "9600", description = "Line speed (default ${DEFAULT-VALUE}).")
    int baud;

    @Bounded(min = 0, max = 1_000_000, unit = "codes (0: no limit)")
    @Option(names = "--count", defaultValue = "0", description = "Stop after this many codes (default: no limit).")
    int count;

    @Bounded(min = 0, max = 86_400, unit = "seconds (0: never)")
    @Option(names = "--timeout", defaultValue = "0", description = "Stop after this many seconds (default: never).")
    int timeoutSeconds;

    @Option(names = "--suffix", defaultValue = "CR", description = "What ends a code: CR, LF, CRLF or NONE (default ${DEFAULT-VALUE}).")
    Suffix suffix;

    @Bounded(min = 1, max = 10_000, unit = "ms")
    @Option(names = "--gap", defaultValue = "50", description = "With --suffix NONE, the silence in ms that ends a code.")
    int gapMillis;

    @Option(names = "--charset", defaultValue = "UTF-8", description = "UTF-8 or GBK (default ${DEFAULT-VALUE}).")
    String charset;

    @Option(names = "--prefix", defaultValue = "", description = "A prefix the scanner adds, to remove.")
    String prefix;

    @Option(names = "--aim-id", description = "Remove the AIM symbology identifier (]Q1 …) the scanner adds.")
    boolean aimId;

    @Option(names = "--json", description = "One JSON object per code.")
    boolean json;

    @Option(names = "--unmasked", description = "Show ID numbers in full (personal data: only where no one else can see).")
    boolean unmasked;

    @Override
    public void run() {
        InputFiles.checkPort(port, 1);
        SerialScannerSettings settings;
        try {
            settings = SerialScannerSettings.of(port).withBaud(baud).withSuffix(suffix, gapMillis)
                    .withText(prefix, aimId, Charset.forName(charset), 4096);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(1, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        SerialCodeScanner scanner = new SerialCodeScanner("cli-scanner", settings);
        scanner.addScanListener((s, scan) -> scans.add(scan));
        try {
            scanner.open();
            if (scanner.status().state() != DeviceState.READY) {
                throw new CliFailure(1, "cannot open " + port + ": " + scanner.status().detail());
            }
            scanner.enable();
            err.println("listening on " + port + " at " + baud + " baud" + (count > 0 ? ", " + count + " codes" : "")
                    + (timeoutSeconds > 0 ? ", " + timeoutSeconds + " s" : "") + "; Ctrl-C stops");
            err.flush();
            int got = listen(scans, out);
            if (scanner.droppedCount() > 0) {
                err.println("dropped " + scanner.droppedCount() + " unreadable codes " + scanner.droppedByReason());
                err.flush();
            }
            if (got == 0) {
                throw new CliFailure(2, "no code within " + timeoutSeconds + " s");
            }
        } catch (zwfw.kiosk.drivers.device.DeviceException e) {
            throw new CliFailure(1, e.getMessage());
        } finally {
            scanner.close();
        }
    }

    private int listen(BlockingQueue<Scan> scans, PrintWriter out) {
        ScanClassifier classifier = new ScanClassifier();
        long deadline = timeoutSeconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds) : Long.MAX_VALUE;
        int got = 0;
        while (count == 0 || got < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Scan scan;
            try {
                scan = scans.poll(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (scan == null) {
                continue;
            }
            got++;
            print(out, classifier.classify(scan.text()));
        }
        return got;
    }

    private void print(PrintWriter out, ScanMeaning m) {
        String text = m.kind() == ScanKind.ID_NUMBER && !unmasked ? IdNumbers.mask(m.text()) : m.text();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", text);
            o.put("kind", m.kind().name());
            if (m.kind() == ScanKind.CASE_QUERY) {
                o.put("caseNo", m.caseNo());
            }
            if (m.kind() == ScanKind.LOCAL_CASE) {
                o.put("kioskId", m.kioskId());
                o.put("ref", m.clientCaseId());
            }
            JsonOutput.print(out, o);
        } else {
            String detail = switch (m.kind()) {
                case CASE_QUERY -> " case " + m.caseNo();
                case LOCAL_CASE -> " kiosk " + m.kioskId() + " ref " + m.clientCaseId();
                default -> "";
            };
            out.println(m.kind() + detail + "\t" + text);
            out.flush();
        }
    }
}
