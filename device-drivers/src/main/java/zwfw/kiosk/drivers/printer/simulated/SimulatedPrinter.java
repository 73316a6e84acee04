package zwfw.kiosk.drivers.printer.simulated;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
    private final Path outputDirectory;
    private final DocumentEncoder encoder;
    private final EscPosInterpreter interpreter;
    private final List<Consumer<Printout>> printListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger jobs = new AtomicInteger();
    private volatile PrinterStatus.Paper paper = PrinterStatus.Paper.OK;
    private volatile boolean coverOpen;
    private volatile Printout last;
    private volatile Path lastFile;
    private final int kept;

    /** @param outputDirectory where PNGs go (the newest {@value #KEPT_PRINTOUTS}), or null to keep images in memory only */
    public SimulatedPrinter(String id, PrinterProfile profile, Path outputDirectory) {
        this(id, profile, outputDirectory, KEPT_PRINTOUTS);
    }

    SimulatedPrinter(String id, PrinterProfile profile, Path outputDirectory, int kept) {
        super(id, DeviceKind.RECEIPT_PRINTER, "simulated");
        this.kept = kept;
        this.profile = profile;
        this.outputDirectory = outputDirectory;
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
        if (outputDirectory == null) {
            return;
        }
        try {
            // Receipts show (masked) personal data: directory 0700 and files 0600 from the start.
            privately(() -> Files.createDirectories(outputDirectory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))),
                    () -> Files.createDirectories(outputDirectory));
            Path file = outputDirectory.resolve("receipt-" + LocalDateTime.now().format(FILE_TIME) + "-"
                    + jobs.incrementAndGet() + ".png");
            privately(() -> Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    () -> Files.createFile(file));
            try (java.io.OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.WRITE)) {
                ImageIO.write(image, "png", out);
            }
            lastFile = file;
            dropOldPrintouts();
        } catch (IOException e) {
            log.warn("simulated printer {} could not save its printout: {}", id(), e.getMessage());
        }
    }

    /** Only the newest printouts stay: every receipt as a file filled the data directory by ~16 KB a visit. */
    private void dropOldPrintouts() throws IOException {
        List<Path> files;
        try (java.util.stream.Stream<Path> listed = Files.list(outputDirectory)) {
            files = listed.filter(f -> f.getFileName().toString().startsWith("receipt-") && f.getFileName().toString().endsWith(".png"))
                    .sorted(java.util.Comparator.comparing(SimulatedPrinter::modified).thenComparing(SimulatedPrinter::jobNumber))
                    .toList();
        }
        for (Path old : files.subList(0, Math.max(0, files.size() - kept))) {
            Files.deleteIfExists(old);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0); // gone meanwhile
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

    private interface FileStep {
        void run() throws IOException;
    }

    /** The POSIX way with private modes, or the plain way where the file system has no modes. */
    private static void privately(FileStep posix, FileStep plain) throws IOException {
        try {
            posix.run();
        } catch (UnsupportedOperationException e) {
            plain.run();
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
