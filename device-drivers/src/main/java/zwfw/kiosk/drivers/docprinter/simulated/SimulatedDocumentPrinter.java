package zwfw.kiosk.drivers.docprinter.simulated;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.docprinter.DocumentJob;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;
import zwfw.kiosk.drivers.docprinter.DocumentRefusal;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobProgress;
import zwfw.kiosk.drivers.docprinter.JobTitles;
import zwfw.kiosk.drivers.docprinter.JobTracker;
import zwfw.kiosk.drivers.docprinter.PdfCheck;
import zwfw.kiosk.drivers.docprinter.StateReason;
import zwfw.kiosk.drivers.io.BlockingCalls;
import zwfw.kiosk.drivers.io.PrivateFolder;

/**
 * An A4 printer with no hardware, for the demo and the tests above the driver: each page is
 * rendered with PDFBox on the printer's own thread (that is the "printing", with progress per
 * page), kept in memory ({@link #lastPages()}) and saved as PNG under the output directory when
 * one is configured. Conditions (paper out, door open …) are set from code or configuration.
 * The PNGs show the document: a directory is for demos only, never for a kiosk in service.
 */
public final class SimulatedDocumentPrinter extends AbstractDevice implements DocumentPrinter {
    public static final String DRIVER = "simulated";
    private static final Logger log = LoggerFactory.getLogger(SimulatedDocumentPrinter.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Pages kept as files: a day's demo to look back at, bounded for a kiosk that runs for months. */
    static final int KEPT_PAGES = 50;

    /**
     * Certificates carry a (masked) name and ID: a private folder keeping the newest pages (every page kept grew the
     * data directory by ~40 KB a certificate).
     */
    private final PrivateFolder files;
    private final int dpi;
    /** Names the files; the kiosk passes its own, so they carry the kiosk's time. */
    private final Clock clock;
    private final AtomicInteger jobs = new AtomicInteger();
    private volatile Set<DocumentPrinterCondition> conditions = EnumSet.noneOf(DocumentPrinterCondition.class);
    private volatile DocumentPrinterStatus last = DocumentPrinterStatus.READY;
    private volatile List<BufferedImage> lastPages = List.of();
    private volatile List<Path> lastFiles = List.of();
    private ExecutorService engine;

    /** @param outputDirectory where PNGs go, or null to keep pages in memory only */
    public SimulatedDocumentPrinter(String id, Path outputDirectory, int dpi) {
        this(id, outputDirectory, dpi, Clock.systemDefaultZone());
    }

    /** @param clock names the saved files (the machine's clock when none is given) */
    public SimulatedDocumentPrinter(String id, Path outputDirectory, int dpi, Clock clock) {
        this(id, outputDirectory, dpi, clock, KEPT_PAGES);
    }

    SimulatedDocumentPrinter(String id, Path outputDirectory, int dpi, Clock clock, int kept) {
        super(id, DeviceKind.DOCUMENT_PRINTER, DRIVER);
        this.files = outputDirectory == null ? null
                : new PrivateFolder(outputDirectory, "a4-", ".png", kept, Comparator.comparing(f -> f.getFileName().toString()));
        this.dpi = dpi;
        this.clock = clock;
    }

    /** Sets what the printer reports from now on (none: ready). */
    public void setConditions(DocumentPrinterCondition... now) {
        Set<DocumentPrinterCondition> set = EnumSet.noneOf(DocumentPrinterCondition.class);
        set.addAll(List.of(now));
        conditions = set;
        if (isOpen()) {
            queryStatus();
        }
    }

    @Override
    protected void doOpen() {
        engine = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "docprinter-sim-" + id());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected void doEnable() {
        queryStatus();
    }

    @Override
    protected void doClose() {
        engine.shutdownNow();
    }

    @Override
    public DocumentPrinterStatus lastStatus() {
        return last;
    }

    @Override
    public DocumentPrinterStatus queryStatus() {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "queryStatus");
        Set<DocumentPrinterCondition> now = conditions;
        DocumentPrinterStatus s;
        if (now.contains(DocumentPrinterCondition.OFFLINE)) {
            s = DocumentPrinterStatus.NO_ANSWER;
        } else {
            List<StateReason> reasons = new ArrayList<>();
            for (DocumentPrinterCondition c : now) {
                String keyword = keyword(c);
                if (keyword != null) {
                    reasons.add(new StateReason(keyword, c.refuses() ? StateReason.Severity.ERROR : StateReason.Severity.WARNING));
                }
            }
            s = new DocumentPrinterStatus(true, now.contains(DocumentPrinterCondition.STOPPED)
                    ? DocumentPrinterStatus.State.STOPPED : DocumentPrinterStatus.State.IDLE,
                    !now.contains(DocumentPrinterCondition.NOT_ACCEPTING), reasons, "");
        }
        last = s;
        if (isOpen()) {
            updateStatus(s.toDeviceStatus());
        }
        return s;
    }

    private static String keyword(DocumentPrinterCondition c) {
        return switch (c) {
            case PAPER_OUT -> "media-empty";
            case PAPER_JAM -> "media-jam";
            case DOOR_OPEN -> "door-open";
            case TONER_OUT -> "toner-empty";
            case STOPPED -> "paused";
            case PRINTER_ERROR -> "other";
            case PAPER_LOW -> "media-low";
            case TONER_LOW -> "toner-low";
            case NOT_ACCEPTING, OFFLINE -> null;
        };
    }

    @Override
    public DocumentJob print(byte[] pdf, int copies, String jobTitle) {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "print");
        JobTitles.require(jobTitle);
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1.." + MAX_COPIES + ", not " + copies);
        }
        if (!isEnabled()) {
            return JobTracker.refused(this::dispatch, DocumentRefusal.of(DocumentRefusal.Kind.NOT_READY,
                    "printer not opened and enabled"), last);
        }
        PdfCheck.Checked checked = PdfCheck.check(pdf);
        if (!checked.ok()) {
            return JobTracker.refused(this::dispatch, checked.refusal(), last);
        }
        DocumentPrinterStatus before = queryStatus();
        if (before.refusal().isPresent()) {
            return JobTracker.refused(this::dispatch, DocumentRefusal.printer(before.refusal().get()), before);
        }
        int job = jobs.incrementAndGet();
        int total = checked.pages() * copies;
        JobTracker tracker = new JobTracker(this::dispatch, total);
        byte[] copy = pdf.clone(); // the caller may wipe its array once print() returns
        engine.execute(() -> render(job, copy, copies, total, tracker));
        return tracker;
    }

    private void render(int job, byte[] pdf, int copies, int total, JobTracker tracker) {
        List<BufferedImage> pages = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        int done = 0;
        String stamp = LocalDateTime.now(clock).format(FILE_TIME);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int c = 1; c <= copies; c++) {
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    if (conditions.contains(DocumentPrinterCondition.PAPER_OUT)) {
                        tracker.finish(new DocumentPrintResult(JobOutcome.STOPPED, null, done, total, List.of(job),
                                List.of("media-empty"), queryStatus()));
                        return;
                    }
                    BufferedImage image = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                    if (c == 1) {
                        pages.add(image);
                    }
                    save(image, stamp, job, c, p + 1).ifPresent(files::add);
                    done++;
                    tracker.update(new JobProgress(JobProgress.Phase.PRINTING, done, total, List.of()));
                }
            }
            lastPages = List.copyOf(pages);
            lastFiles = List.copyOf(files);
            tracker.finish(new DocumentPrintResult(JobOutcome.COMPLETED, null, total, total, List.of(job),
                    List.of("job-completed-successfully"), last));
        } catch (IOException | RuntimeException e) {
            log.warn("simulated document printer {} failed on job {}: {}", id(), job, e.toString());
            tracker.finish(new DocumentPrintResult(JobOutcome.ABORTED, null, done, total, List.of(job),
                    List.of("document-unprintable-error"), last));
        } finally {
            java.util.Arrays.fill(pdf, (byte) 0);
        }
    }

    private java.util.Optional<Path> save(BufferedImage image, String stamp, int job, int copy, int page) throws IOException {
        if (files == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(files.write("a4-" + stamp + "-job" + job + "-copy" + copy + "-page" + page + ".png",
                out -> ImageIO.write(image, "png", out)));
    }

    /** The pages of the last completed job (first copy), as printed. */
    public List<BufferedImage> lastPages() {
        return lastPages;
    }

    /** The PNGs of the last completed job, when an output directory is configured. */
    public List<Path> lastFiles() {
        return lastFiles;
    }

    @Override
    public HealthReport checkHealth() {
        DocumentPrinterStatus s = queryStatus();
        return new HealthReport(s.canPrint(), status(), s.refusal().map(DocumentPrinterCondition::words).orElse("ready"),
                Map.of("conditions", s.conditions().isEmpty() ? "none" : s.conditions().toString(), "dpi", Integer.toString(dpi),
                        "output", files == null ? "memory" : files.directory().toString()));
    }
}
