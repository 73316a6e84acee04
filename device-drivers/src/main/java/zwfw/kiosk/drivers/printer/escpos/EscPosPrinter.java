package zwfw.kiosk.drivers.printer.escpos;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.PrintRefusal;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.PrinterDeviceStatus;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;

/**
 * An ESC/POS receipt printer on any {@link ByteTransport}. Each job: encode, ask the printer's
 * status, refuse with a named reason (nothing sent) on paper out, cover open, error or no
 * answer, else send the whole job and ask again. A link that is missing or went away is
 * reopened on the next job or health check; until then the printer is {@code OFFLINE}.
 */
public final class EscPosPrinter extends AbstractDevice implements ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);
    /** Bytes per write: each write finishes well inside the link's write timeout even at 9600 baud. */
    private static final int WRITE_CHUNK = 512;

    private final ByteTransport link;
    private final PrinterProfile profile;
    private final DocumentEncoder encoder;
    private final StatusReader statusReader;
    /** False for a link with no back-channel (a USB printer whose kernel driver reads nothing). */
    private final boolean statusQueries;
    private final Object jobLock = new Object();

    public EscPosPrinter(String id, ByteTransport link, PrinterProfile profile, int statusTimeoutMillis,
                         boolean statusQueries) {
        super(id, DeviceKind.RECEIPT_PRINTER, "escpos");
        this.link = link;
        this.profile = profile;
        this.encoder = new DocumentEncoder(profile);
        this.statusReader = new StatusReader(statusTimeoutMillis);
        this.statusQueries = statusQueries;
    }

    @Override
    public PrinterProfile profile() {
        return profile;
    }

    @Override
    protected void doOpen() {
        try {
            link.open();
        } catch (TransportException e) {
            // Not fatal: the printer may be plugged in later; every job and health check retries.
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, e.getMessage()));
        }
    }

    @Override
    protected void doEnable() {
        queryStatus();
    }

    @Override
    protected void doClose() {
        link.close();
    }

    @Override
    public PrintResult print(PrintDocument document) {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "print");
        if (!isEnabled()) {
            return PrintResult.refused(PrintRefusal.NOT_READY, PrinterStatus.NO_ANSWER);
        }
        byte[] job = encoder.encode(document);
        synchronized (jobLock) {
            PrinterStatus before = queryStatus();
            if (before.refusal().isPresent()) {
                log.info("printer {} refused a job of {} bytes: {}", id(), job.length, before.refusal().get());
                return PrintResult.refused(before.refusal().get(), before);
            }
            updateStatus(DeviceStatus.of(DeviceState.BUSY, status().condition(), status().detail()));
            int sent = 0;
            try {
                while (sent < job.length) {
                    int n = Math.min(WRITE_CHUNK, job.length - sent);
                    link.write(job, sent, n);
                    sent += n;
                }
            } catch (TransportException e) {
                link.close();
                updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, e.getMessage()));
                log.warn("printer {} lost its link after {} of {} bytes: {}", id(), sent, job.length, e.getMessage());
                return new PrintResult(PrintRefusal.INTERRUPTED, PrinterStatus.NO_ANSWER, sent);
            }
            PrinterStatus after = queryStatus();
            return PrintResult.printed(after, sent);
        }
    }

    @Override
    public PrinterStatus queryStatus() {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "queryStatus");
        synchronized (jobLock) {
            PrinterStatus s = ask();
            if (isOpen()) {
                updateStatus(PrinterDeviceStatus.of(s));
            }
            return s;
        }
    }

    private PrinterStatus ask() {
        try {
            link.open();
            if (!statusQueries) {
                return PrinterStatus.READY; // nothing to ask: a link that opens is all we can know
            }
            PrinterStatus s = statusReader.query(link);
            if (!s.online() && s.refusal().orElse(null) == PrintRefusal.OFFLINE) {
                // No answer: the port may be a dead handle of an unplugged adapter. Reopen it next time.
                link.close();
            }
            return s;
        } catch (TransportException e) {
            // Any link failure (gone, or a write the port no longer takes): reopen on the next try.
            link.close();
            return PrinterStatus.NO_ANSWER;
        }
    }

    @Override
    public HealthReport checkHealth() {
        PrinterStatus s = queryStatus();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("link", link.name());
        facts.put("profile", profile.name());
        facts.put("online", Boolean.toString(s.online()));
        facts.put("paper", s.paper().name());
        facts.put("coverOpen", Boolean.toString(s.coverOpen()));
        facts.put("error", Boolean.toString(s.error()));
        DeviceStatus ds = status();
        boolean healthy = s.refusal().isEmpty();
        String summary = healthy ? (s.paper() == PrinterStatus.Paper.NEAR_END ? "ready, paper near end" : "ready")
                : s.refusal().get().reason();
        return new HealthReport(healthy, ds, summary, facts);
    }
}
