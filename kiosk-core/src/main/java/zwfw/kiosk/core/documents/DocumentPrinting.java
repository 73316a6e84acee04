package zwfw.kiosk.core.documents;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.lifecycle.WorkLanes;
import zwfw.kiosk.core.platform.DocumentRef;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.visit.VisitEffect;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.docprinter.DocumentJob;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;

/**
 * Prints the documents of a DOCUMENT case (contract §9) for the visit: each is fetched from the platform
 * into memory (size-bounded, SHA-256 checked by the client), sent to the A4 printer with the copies asked
 * for as one request, followed to its end, then its bytes are zeroed; nothing of it touches the kiosk's
 * disk. Job titles are neutral ({@code kiosk-document-N}), never a name or a service. Progress and the
 * end go back to the visit as {@link VisitEvent.DocumentProgress} and {@link VisitEvent.DocumentsFinished},
 * naming the visit that asked. Also tells the visit the A4 printer's status ({@link VisitEvent.DeviceChanged}),
 * so the review screen says before submitting when it cannot print. Its own threads: printing, and questions.
 */
public final class DocumentPrinting implements Consumer<VisitEffect>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DocumentPrinting.class);
    /** The longest one document's job is waited for; the driver's own job timeout normally ends it first. */
    static final Duration JOB_LIMIT = Duration.ofMinutes(10);

    /** Where documents come from: the platform client's {@code fetchDocument}. */
    @FunctionalInterface
    public interface Source {
        PlatformResult<byte[]> fetch(DocumentRef document);
    }

    /** How long the parts of one visit's printing took (the benchmark's figures); all in nanoseconds. */
    public record Timing(long fetchNanos, long sendNanos, long jobNanos, int pages) {
    }

    private final Consumer<VisitEvent> visit;
    private final Source source;
    private final DocumentPrinter printer;
    private final ExecutorService printing = lane("kiosk-documents");
    private final ExecutorService questions = lane("kiosk-documents-status");
    private volatile Consumer<Timing> timings = t -> { };
    private DeviceListener listener;

    /** {@code printer} is null when the kiosk has none: every DOCUMENT case then shows its queryUrl. */
    public DocumentPrinting(Consumer<VisitEvent> visit, Source source, DocumentPrinter printer) {
        this.visit = visit;
        this.source = source;
        this.printer = printer;
    }

    /** Tells the visit the printer's last known status now and each change from now on. */
    public void connect() {
        if (printer == null || listener != null) {
            return;
        }
        listener = new DeviceListener() {
            @Override
            public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
                visit.accept(new VisitEvent.DeviceChanged(DeviceKind.DOCUMENT_PRINTER, current));
            }
        };
        printer.addListener(listener);
        visit.accept(new VisitEvent.DeviceChanged(DeviceKind.DOCUMENT_PRINTER, printer.status()));
    }

    /** Where each visit's {@link Timing} goes (benchmarks). */
    public void onTiming(Consumer<Timing> sink) {
        this.timings = sink;
    }

    /** Takes the effects it knows (printing documents; asking the printer when a visit starts), ignores the rest. */
    @Override
    public void accept(VisitEffect effect) {
        if (effect instanceof VisitEffect.PrintDocuments e) {
            run(printing, () -> print(e));
        } else if (effect instanceof VisitEffect.CheckPrinter && printer != null) {
            run(questions, printer::queryStatus); // the device tells its listeners; the visit hears DeviceChanged
        }
    }

    private void print(VisitEffect.PrintDocuments e) {
        String problem = printer == null ? "result.document.printerOut" : null;
        List<DocumentRef> documents = e.outcome().documents();
        int total = documents.stream().mapToInt(DocumentRef::pages).sum() * e.copies();
        int done = 0;
        long fetch = 0;
        long send = 0;
        long job = 0;
        for (int i = 0; i < documents.size() && problem == null; i++) {
            DocumentRef ref = documents.get(i);
            long t0 = System.nanoTime();
            PlatformResult<byte[]> fetched = source.fetch(ref);
            long t1 = System.nanoTime();
            fetch += t1 - t0;
            if (!(fetched instanceof PlatformResult.Ok<byte[]> ok)) {
                log.warn("document {} of case {} not fetched: {}", ref.id(), e.outcome().caseNo(), fetched.error().summary());
                problem = "result.document.fetchFailed";
                break;
            }
            byte[] pdf = ok.value();
            try {
                int base = done;
                DocumentJob j = printer.print(pdf, e.copies(), "kiosk-document-" + (i + 1));
                long t2 = System.nanoTime();
                send += t2 - t1;
                j.onProgress(p -> visit.accept(new VisitEvent.DocumentProgress(e.visit(), base + p.pagesDone(), total)));
                DocumentPrintResult r = await(j);
                job += System.nanoTime() - t2;
                problem = problemOf(r);
                if (problem == null) {
                    done += ref.pages() * e.copies();
                    visit.accept(new VisitEvent.DocumentProgress(e.visit(), done, total));
                }
            } catch (RuntimeException ex) {
                log.warn("document {} of case {} not printed: {}", ref.id(), e.outcome().caseNo(), ex.getMessage());
                problem = "result.document.failed";
            } finally {
                Arrays.fill(pdf, (byte) 0); // the document shows the citizen's name and ID number
            }
        }
        timings.accept(new Timing(fetch, send, job, done));
        visit.accept(new VisitEvent.DocumentsFinished(e.visit(), problem == null, problem));
    }

    private static DocumentPrintResult await(DocumentJob job) {
        try {
            return job.result().get(JOB_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException ex) {
            throw new IllegalStateException("the job did not end: " + ex, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the job printed", ex);
        }
    }

    /** Null when printed, else the message key of why not. */
    private static String problemOf(DocumentPrintResult r) {
        if (r.isCompleted()) {
            return null;
        }
        log.warn("document not printed: {}", r.summary());
        DocumentPrinterCondition c = r.refusalReason().flatMap(x -> x.printerCondition()).orElse(null);
        if (c == DocumentPrinterCondition.PAPER_OUT || r.jobReasons().stream().anyMatch(x -> x.startsWith("media-empty")
                || x.startsWith("printer-media-empty"))) {
            return "result.document.paperOut";
        }
        return r.refusalReason().isPresent() ? "result.document.printerOut" : "result.document.failed";
    }

    private static void run(ExecutorService lane, Runnable work) {
        WorkLanes.run(lane, work, log, "document work");
    }

    private static ExecutorService lane(String name) {
        return WorkLanes.lane(name);
    }

    /** Lets a document being printed finish (up to a limit), then stops. */
    @Override
    public void close() {
        if (listener != null) {
            printer.removeListener(listener);
        }
        questions.shutdownNow();
        printing.shutdown();
        try {
            if (!printing.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("a document still printing at shutdown; interrupting it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printing.shutdownNow();
    }
}
