package zwfw.kiosk.drivers.docprinter.ipp;

import static com.hp.jipp.model.Types.copies;
import static com.hp.jipp.model.Types.documentFormat;
import static com.hp.jipp.model.Types.jobId;
import static com.hp.jipp.model.Types.jobName;
import static com.hp.jipp.model.Types.requestingUserName;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.docprinter.DocumentJob;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;
import zwfw.kiosk.drivers.docprinter.DocumentRefusal;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobTitles;
import zwfw.kiosk.drivers.docprinter.JobTracker;
import zwfw.kiosk.drivers.docprinter.PdfCheck;
import zwfw.kiosk.drivers.io.BlockingCalls;

/**
 * An A4 printer over IPP: a CUPS queue ({@code ipp://host:631/printers/NAME}) or an IPP Everywhere
 * printer ({@code ipp://host:PORT/ipp/print}). Each job: check the PDF, ask the printer (and the
 * device behind a CUPS queue), refuse with the named condition before sending anything, else send
 * one Print-Job with {@code copies} (or one job per copy where the printer takes no copies) and
 * follow it with Get-Job-Attributes to its end.
 */
public final class IppDocumentPrinter extends AbstractDevice implements DocumentPrinter {
    public static final String DRIVER = "ipp";
    /** {@code requesting-user-name} of every request: the kiosk, never a person. */
    static final String USER_NAME = "kiosk";
    private static final Logger log = LoggerFactory.getLogger(IppDocumentPrinter.class);
    private static final int SERVER_ERROR_TEMPORARY = 0x0505;
    private static final int SERVER_ERROR_BUSY = 0x0507;
    private static final int BUSY_RETRIES = 20;
    private static final long BUSY_PAUSE_MILLIS = 100;

    private final IppSettings settings;
    private final IppClient client;
    private final IppStatusReader reader;
    private final Object jobLock = new Object();
    private final Set<IppJobFollower> following = ConcurrentHashMap.newKeySet();
    private volatile DocumentPrinterStatus last = DocumentPrinterStatus.NO_ANSWER;
    private volatile int maxCopies = 1;
    private volatile URI askedDevice;
    private volatile boolean closing;
    private ScheduledExecutorService poller;

    public IppDocumentPrinter(String id, IppSettings settings) {
        super(id, DeviceKind.DOCUMENT_PRINTER, DRIVER);
        this.settings = settings;
        this.client = new IppClient(settings.requestTimeout());
        this.reader = new IppStatusReader(client);
    }

    @Override
    protected void doOpen() {
        closing = false;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docprinter-jobs-" + id());
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
        closing = true; // jobs abandoned now end with the last known status, without asking the printer again
        following.forEach(IppJobFollower::abandon);
        following.clear();
        poller.shutdownNow();
        try {
            poller.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public DocumentPrinterStatus lastStatus() {
        return last;
    }

    @Override
    public DocumentPrinterStatus queryStatus() {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "queryStatus");
        PrinterAnswer queue = reader.ask(settings.uri());
        DocumentPrinterStatus s = queue.status();
        URI device = deviceToAsk(queue);
        askedDevice = device;
        if (device != null && queue.status().online()) {
            s = IppStatusReader.merge(s, reader.ask(device).status());
        }
        maxCopies = queue.maxCopies();
        last = s;
        if (isOpen()) {
            DeviceStatus ds = s.toDeviceStatus();
            if (ds.state() == DeviceState.READY && !following.isEmpty()) {
                ds = DeviceStatus.of(DeviceState.BUSY, ds.condition(), ds.detail());
            }
            updateStatus(ds);
        }
        return s;
    }

    private URI deviceToAsk(PrinterAnswer queue) {
        return switch (settings.deviceSource()) {
            case NONE -> null;
            case GIVEN -> settings.deviceUri();
            case AUTO -> queue.deviceUri().filter(IppStatusReader::askable).orElse(null);
        };
    }

    @Override
    public DocumentJob print(byte[] pdf, int copyCount, String jobTitle) {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "print");
        String title = JobTitles.require(jobTitle);
        if (copyCount < 1 || copyCount > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1.." + MAX_COPIES + ", not " + copyCount);
        }
        if (!isEnabled()) {
            return JobTracker.refused(this::dispatch, DocumentRefusal.of(DocumentRefusal.Kind.NOT_READY,
                    "printer not opened and enabled"), last);
        }
        PdfCheck.Checked checked = PdfCheck.check(pdf);
        if (!checked.ok()) {
            log.info("document printer {} refused a document: {}", id(), checked.refusal().detail());
            return JobTracker.refused(this::dispatch, checked.refusal(), last);
        }
        synchronized (jobLock) {
            DocumentPrinterStatus before = queryStatus();
            Optional<DocumentPrinterCondition> refusal = before.refusal();
            if (refusal.isPresent()) {
                log.info("document printer {} refused a job of {} page(s): {} {}", id(), checked.pages(), refusal.get(), before.reasons());
                return JobTracker.refused(this::dispatch, DocumentRefusal.printer(refusal.get()), before);
            }
            int pagesTotal = checked.pages() * copyCount;
            JobTracker tracker = new JobTracker(this::dispatch, pagesTotal);
            boolean copiesInOneJob = copyCount == 1 || maxCopies >= copyCount;
            int jobs = copiesInOneJob ? 1 : copyCount;
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                Sent sent = sendWhileBusy(pdf, title, copiesInOneJob ? copyCount : 1);
                if (sent.refusal != null) {
                    if (ids.isEmpty()) {
                        log.info("document printer {} turned the job down: {}", id(), sent.refusal);
                        return JobTracker.refused(this::dispatch, sent.refusal, queryStatus());
                    }
                    log.warn("document printer {} took {} of {} copies, then turned the next down: {}", id(), ids.size(), jobs, sent.refusal);
                    break; // some copies are on their way: follow those; the result says the rest were refused
                }
                if (sent.jobId < 0) {
                    tracker.finish(new DocumentPrintResult(JobOutcome.LOST, null, 0, pagesTotal, ids,
                            List.of("link-lost-while-sending"), queryStatus()));
                    return tracker;
                }
                ids.add(sent.jobId);
            }
            log.info("document printer {} took job(s) {}: {} page(s) x {} copies", id(), ids, checked.pages(), copyCount);
            int copiesRefused = ids.size() < jobs ? jobs - ids.size() : 0;
            follow(ids, pagesTotal, copiesRefused, tracker);
            return tracker;
        }
    }

    private void follow(List<Integer> ids, int pagesTotal, int copiesRefused, JobTracker tracker) {
        updateStatus(DeviceStatus.of(DeviceState.BUSY, status().condition(), status().detail()));
        IppJobFollower follower = new IppJobFollower(client, settings.uri(), ids, pagesTotal, copiesRefused, tracker, settings,
                this::queryStatus, this::statusAfterJob);
        following.add(follower);
        tracker.result().whenComplete((r, e) -> following.remove(follower));
        follower.start(poller);
    }

    private DocumentPrinterStatus statusAfterJob() {
        return isOpen() && !closing ? queryStatusAfterJob() : last;
    }

    private DocumentPrinterStatus queryStatusAfterJob() {
        // the follower has just ended: leave BUSY unless another job is still followed
        DocumentPrinterStatus s = queryStatus();
        if (following.size() <= 1 && status().state() == DeviceState.BUSY) {
            updateStatus(s.toDeviceStatus());
        }
        return s;
    }

    /**
     * Sends one Print-Job, again while the printer answers busy or temporarily unable (a printer
     * that takes no copies gets a job per copy, quickly one after the other), for up to ~2 s.
     */
    private Sent sendWhileBusy(byte[] pdf, String title, int copyCount) {
        Sent sent = send(pdf, title, copyCount);
        for (int attempt = 1; attempt <= BUSY_RETRIES && sent.busy(); attempt++) {
            try {
                Thread.sleep(BUSY_PAUSE_MILLIS); // the printer asked us to come back: a pause, not a wait for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
            sent = send(pdf, title, copyCount);
        }
        return sent;
    }

    /** Sends one Print-Job. A job id on success; a refusal when the printer said no; job id -1 when the link broke. */
    private Sent send(byte[] pdf, String title, int copyCount) {
        URI uri = settings.uri();
        IppPacket.Builder request = IppPacket.printJob(uri).putOperationAttributes(requestingUserName.of(USER_NAME),
                jobName.of(title), documentFormat.of("application/pdf"));
        if (copyCount > 1) {
            request.putJobAttributes(copies.of(copyCount));
        }
        try {
            IppPacket answer = client.send(uri, request, pdf);
            int code = answer.getCode();
            if (code >= 0x0100) {
                return new Sent(-1, rejected(code), code == SERVER_ERROR_BUSY || code == SERVER_ERROR_TEMPORARY);
            }
            AttributeGroup job = answer.get(Tag.jobAttributes);
            Integer id = job == null ? null : job.getValue(jobId);
            if (id == null) {
                return new Sent(-1, DocumentRefusal.of(DocumentRefusal.Kind.REJECTED, "printer answered without a job id"), false);
            }
            return new Sent(id, null, false);
        } catch (IOException e) {
            log.warn("document printer {} lost the link while sending: {}", id(), e.getMessage());
            return new Sent(-1, null, false);
        }
    }

    private static DocumentRefusal rejected(int code) {
        return switch (code) {
            case 0x0506 -> DocumentRefusal.printer(DocumentPrinterCondition.NOT_ACCEPTING);
            case SERVER_ERROR_TEMPORARY, SERVER_ERROR_BUSY -> DocumentRefusal.of(DocumentRefusal.Kind.REJECTED,
                    "printer busy (status 0x" + String.format("%04x", code) + "), try again");
            case 0x0504 -> DocumentRefusal.printer(DocumentPrinterCondition.PRINTER_ERROR);
            case 0x040A -> DocumentRefusal.of(DocumentRefusal.Kind.REJECTED, "printer does not take PDF (client-error-document-format-not-supported)");
            default -> DocumentRefusal.of(DocumentRefusal.Kind.REJECTED, "printer answered status 0x" + String.format("%04x", code));
        };
    }

    private record Sent(int jobId, DocumentRefusal refusal, boolean busy) {
    }

    @Override
    public HealthReport checkHealth() {
        DocumentPrinterStatus s = queryStatus();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("uri", settings.uri().toString());
        URI device = askedDevice;
        facts.put("device", device == null ? "not asked" : device.toString());
        facts.put("online", Boolean.toString(s.online()));
        facts.put("printerState", s.state().name());
        facts.put("acceptingJobs", Boolean.toString(s.acceptingJobs()));
        facts.put("reasons", s.reasons().isEmpty() ? "none" : String.join(",", s.reasons().stream().map(Object::toString).toList()));
        facts.put("maxCopiesPerJob", Integer.toString(maxCopies));
        String summary = s.refusal().map(DocumentPrinterCondition::words)
                .orElse(s.warnings().isEmpty() ? "ready" : "ready, " + s.warnings().get(0).words());
        return new HealthReport(s.canPrint(), status(), summary, facts);
    }
}
