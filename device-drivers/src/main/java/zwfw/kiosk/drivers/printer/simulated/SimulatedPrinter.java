package zwfw.kiosk.drivers.printer.simulated;

import zwfw.kiosk.drivers.io.BlockingCalls;
import zwfw.kiosk.drivers.io.PrivateFolder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.PrintRefusal;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.PrinterDeviceStatus;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.printer.escpos.DocumentEncoder;
import zwfw.kiosk.drivers.printer.interpreter.EscPosInterpreter;
import zwfw.kiosk.drivers.printer.interpreter.Printout;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;

/**
 * A printer with no hardware, for the demo and for tests of what sits above the driver: each job
 * is encoded to ESC/POS exactly as for a real printer and rendered back by the interpreter; the
 * image is kept ({@link #lastPrintout()}), given to print listeners, and saved as PNG under the
 * output directory when one is configured. Paper and cover can be set from code to show refusals.
 */
public final class SimulatedPrinter extends AbstractDevice implements ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinter.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Printouts kept as files: enough to look back at a day's demo, bounded for a kiosk that runs for months. */
    static final int KEPT_PRINTOUTS = 50;

    private final PrinterProfile profile;
    /** Receipts show (masked) personal data: a private folder keeping the newest few (every receipt filled ~16 KB a visit). */
    private final PrivateFolder files;
    /** Names the files; the kiosk passes its own, so they carry the kiosk's time. */
    private final Clock clock;
    private final DocumentEncoder encoder;
    private final EscPosInterpreter interpreter;
    private final List<Consumer<Printout>> printListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger jobs = new AtomicInteger();
    private volatile PrinterStatus.Paper paper = PrinterStatus.Paper.OK;
    private volatile boolean coverOpen;
    private volatile Printout last;
    private volatile Path lastFile;

    /** @param outputDirectory where PNGs go (the newest {@value #KEPT_PRINTOUTS}), or null to keep images in memory only */
    public SimulatedPrinter(String id, PrinterProfile profile, Path outputDirectory) {
        this(id, profile, outputDirectory, Clock.systemDefaultZone());
    }

    /** @param clock names the saved files (the machine's clock when none is given) */
    public SimulatedPrinter(String id, PrinterProfile profile, Path outputDirectory, Clock clock) {
        this(id, profile, outputDirectory, clock, KEPT_PRINTOUTS);
    }

    SimulatedPrinter(String id, PrinterProfile profile, Path outputDirectory, Clock clock, int kept) {
        super(id, DeviceKind.RECEIPT_PRINTER, "simulated");
        this.profile = profile;
        this.files = outputDirectory == null ? null
                : new PrivateFolder(outputDirectory, "receipt-", ".png", kept, Comparator.comparing(SimulatedPrinter::jobNumber));
        this.clock = clock;
        this.encoder = new DocumentEncoder(profile);
        this.interpreter = new EscPosInterpreter(profile.dotsPerLine(), profile.chineseFont());
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doEnable() {
        queryStatus();
    }

    @Override
    protected void doClose() {
    }

    @Override
    public PrinterProfile profile() {
        return profile;
    }

    /** Sets the paper sensor (for the demo: "paper near end", "paper out"). */
    public void setPaper(PrinterStatus.Paper paper) {
        this.paper = paper;
        if (isOpen()) {
            queryStatus();
        }
    }

    public void setCoverOpen(boolean open) {
        this.coverOpen = open;
        if (isOpen()) {
            queryStatus();
        }
    }

    @Override
    public PrinterStatus queryStatus() {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "queryStatus");
        PrinterStatus s = new PrinterStatus(true, paper, coverOpen, false);
        if (isOpen()) {
            updateStatus(PrinterDeviceStatus.of(s));
        }
        return s;
    }

    @Override
    public synchronized PrintResult print(PrintDocument document) {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "print");
        if (!isEnabled()) {
            return PrintResult.refused(PrintRefusal.NOT_READY, PrinterStatus.NO_ANSWER);
        }
        PrinterStatus before = queryStatus();
        if (before.refusal().isPresent()) {
            return PrintResult.refused(before.refusal().get(), before);
        }
        byte[] job = encoder.encode(document);
        Printout printout = interpreter.interpret(job);
        last = printout;
        save(printout.image());
        for (Consumer<Printout> l : printListeners) {
            dispatch(() -> l.accept(printout));
        }
        return PrintResult.printed(queryStatus(), job.length);
    }

    private void save(BufferedImage image) {
        if (files == null) {
            return;
        }
        try {
            lastFile = files.write("receipt-" + LocalDateTime.now(clock).format(FILE_TIME) + "-" + jobs.incrementAndGet() + ".png",
                    out -> ImageIO.write(image, "png", out));
        } catch (IOException e) {
            log.warn("simulated printer {} could not save its printout: {}", id(), e.getMessage());
        }
    }

    /** The job's number in its name (receipt-DATE-TIME-N.png): files of one second sort by it. */
    private static int jobNumber(Path f) {
        String name = f.getFileName().toString();
        try {
            return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.length() - ".png".length()));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The last job as printed (image and what was recognised on it). */
    public Optional<Printout> lastPrintout() {
        return Optional.ofNullable(last);
    }

    /** The PNG of the last job, when an output directory is configured. */
    public Optional<Path> lastImageFile() {
        return Optional.ofNullable(lastFile);
    }

    /** Called on the device's event thread after each printed job. */
    public void addPrintListener(Consumer<Printout> listener) {
        printListeners.add(listener);
    }

    public void removePrintListener(Consumer<Printout> listener) {
        printListeners.remove(listener);
    }

    @Override
    public HealthReport checkHealth() {
        PrinterStatus s = queryStatus();
        return new HealthReport(s.refusal().isEmpty(), status(), s.refusal().map(PrintRefusal::reason).orElse("ready"),
                Map.of("profile", profile.name(), "paper", s.paper().name(), "coverOpen", Boolean.toString(s.coverOpen())));
    }
}
