package zwfw.kiosk.drivers.idcard.serial;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.sam.SamCommand;
import zwfw.kiosk.drivers.idcard.sam.SamLink;
import zwfw.kiosk.drivers.idcard.sam.SamReply;
import zwfw.kiosk.drivers.idcard.sam.SamStatus;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.LinkSupervisor;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;

/**
 * The {@code sam-serial} driver: a GA 467 SAM reader on a serial port. While enabled it polls
 * find card every {@code pollIntervalMs}; on a card it selects and reads it (retrying a failed read
 * once), delivers it once (or reports it unreadable), and reports its removal when find answers "no card" again. A vanished
 * port makes it OFFLINE; {@link LinkSupervisor} opens the port again as soon as it is back.
 * <p>
 * Error codes it reports: {@code PORT_NOT_FOUND}, {@code PORT_BUSY}, {@code PORT_DISCONNECTED},
 * {@code PORT_IO}, {@code NOT_RESPONDING}, {@code SAM_FAULT}, and for reads (also to
 * {@link IdCardListener#readFailed}) the reader's status name or {@code NO_VALID_REPLY}/{@code MALFORMED_REPLY}.
 */
public final class SamSerialIdCardReader extends AbstractDevice implements IdCardReader {
    public static final String DRIVER = "sam-serial";
    private static final Logger log = LoggerFactory.getLogger(SamSerialIdCardReader.class);

    private final SamReaderSettings settings;
    private final List<IdCardListener> cardListeners = new CopyOnWriteArrayList<>();
    private volatile LinkSupervisor supervisor;
    private volatile CompletableFuture<SamReply> pendingHealthCheck;
    private volatile String lastLinkProblem = "";
    private volatile long lastReplyAtMillis;
    private volatile long framesRejected;

    // Read-cycle state, touched only by the supervisor's thread.
    private boolean cardOnReader;
    private boolean delivered;
    /** The card on the reader could not be read: its removal is reported all the same. */
    private boolean unreadable;
    private int noCardPolls;
    private int silentPolls;

    public SamSerialIdCardReader(String id, SamReaderSettings settings) {
        super(id, DeviceKind.ID_CARD_READER, DRIVER);
        this.settings = settings;
    }

    public SamReaderSettings settings() {
        return settings;
    }

    @Override
    public void addCardListener(IdCardListener listener) {
        cardListeners.add(listener);
    }

    @Override
    public void removeCardListener(IdCardListener listener) {
        cardListeners.remove(listener);
    }

    /** Opens the port (one attempt now; if it is missing or busy the device is OFFLINE and keeps trying). */
    @Override
    protected void doOpen() {
        LinkSupervisor s = new LinkSupervisor(id(),
                () -> new SerialTransport(SerialSettings.of(settings.port(), settings.baud())),
                settings.reconnect(), this::session, new LinkEvents());
        supervisor = s;
        s.start();
    }

    @Override
    protected void doClose() {
        LinkSupervisor s = supervisor;
        supervisor = null;
        if (s != null) {
            s.close();
        }
        CompletableFuture<SamReply> h = pendingHealthCheck;
        if (h != null) {
            h.cancel(false);
        }
    }

    /** Sends the reader a SAM status query between polls and reports what it answered. */
    @Override
    public HealthReport checkHealth() {
        Map<String, String> facts = Map.of("port", settings.port(), "baud", Integer.toString(settings.baud()),
                "framesRejected", Long.toString(framesRejected));
        LinkSupervisor s = supervisor;
        if (s == null || !s.isUp()) {
            String why = s == null ? "not open" : lastLinkProblem;
            return new HealthReport(false, status(), "port " + settings.port() + " unavailable: " + why, facts);
        }
        CompletableFuture<SamReply> check = new CompletableFuture<>();
        pendingHealthCheck = check;
        try {
            SamReply reply = check.get(settings.pollIntervalMs() + 2L * settings.replyTimeoutMs() + 500, TimeUnit.MILLISECONDS);
            boolean ok = reply.status() == SamStatus.SUCCESS;
            return new HealthReport(ok, status(), "SAM status " + reply.describeStatus(), facts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HealthReport(false, status(), "health check interrupted", facts);
        } catch (Exception e) {
            return new HealthReport(false, status(), "SAM did not answer a status query", facts);
        }
    }

    /** The read cycle on an open port; returns only by exception (link lost, or interrupted on close). */
    private void session(ByteTransport port) throws TransportException, InterruptedException {
        SamLink sam = new SamLink(port, settings.replyTimeoutMs(), settings.baud());
        cardOnReader = false;
        delivered = false;
        unreadable = false;
        noCardPolls = 0;
        silentPolls = 0;
        try {
            while (true) {
                answerHealthCheck(sam);
                if (isEnabled()) {
                    poll(sam);
                }
                Thread.sleep(settings.pollIntervalMs());
            }
        } finally {
            framesRejected += sam.framesRejected();
            if (delivered || unreadable) {
                delivered = false;
                unreadable = false;
                cardOnReader = false;
                // The port is gone: we cannot know the card is still there.
                fireRemoved();
            }
        }
    }

    private void poll(SamLink sam) throws TransportException, InterruptedException {
        SamReply find;
        try {
            find = sam.exchange(SamCommand.FIND_CARD);
        } catch (SamLink.NoReplyException e) {
            if (++silentPolls == settings.unresponsivePolls()) {
                updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, "reader on " + settings.port() + " does not answer"));
                reportError(new DeviceError("NOT_RESPONDING", "the reader on " + settings.port() + " does not answer"));
            }
            return;
        }
        answered();
        switch (find.status()) {
            case CARD_PRESENT -> {
                noCardPolls = 0;
                if (!cardOnReader) {
                    cardOnReader = true;
                    read(sam);
                }
            }
            case NO_CARD -> {
                if (cardOnReader && ++noCardPolls >= settings.removalPolls()) {
                    cardOnReader = false;
                    noCardPolls = 0;
                    if (delivered || unreadable) {
                        delivered = false;
                        unreadable = false;
                        fireRemoved();
                    }
                }
            }
            default -> samFault(find);
        }
    }

    /** Select and read, with one retry of the pair when the read fails or its reply is lost. */
    private void read(SamLink sam) throws TransportException, InterruptedException {
        updateStatus(DeviceStatus.of(DeviceState.BUSY, null, "reading a card"));
        DeviceError failure = null;
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                failure = readOnce(sam);
                if (failure == null) {
                    return;
                }
                log.info("device {} card read attempt {} failed: {}", id(), attempt + 1, failure.code());
            }
            reportError(failure);
            unreadable = true;
            DeviceError f = failure;
            for (IdCardListener l : cardListeners) {
                dispatch(() -> l.readFailed(this, f));
            }
        } finally {
            updateStatus(DeviceStatus.of(DeviceState.READY));
        }
    }

    /** One select + read; returns null when a card was delivered, else why not. */
    private DeviceError readOnce(SamLink sam) throws TransportException, InterruptedException {
        try {
            SamReply select = sam.exchange(SamCommand.SELECT_CARD);
            answered();
            if (select.status() != SamStatus.SUCCESS) {
                return statusError(select, "select card");
            }
            SamCommand command = settings.readFingerprints() ? SamCommand.READ_TEXT_PHOTO_FINGERPRINTS : SamCommand.READ_TEXT_PHOTO;
            SamReply read = sam.exchange(command);
            answered();
            try {
                if (read.status() != SamStatus.SUCCESS) {
                    return statusError(read, "read card");
                }
                IdCard card = CardReply.parse(read.data(), settings.readFingerprints());
                if (card == null) {
                    return new DeviceError("MALFORMED_REPLY", "the reader's card data has inconsistent block lengths");
                }
                deliver(card);
                return null;
            } finally {
                Arrays.fill(read.data(), (byte) 0);
            }
        } catch (SamLink.NoReplyException e) {
            return new DeviceError("NO_VALID_REPLY", e.getMessage());
        }
    }

    private DeviceError statusError(SamReply reply, String step) {
        SamStatus s = reply.status();
        return new DeviceError(s == SamStatus.UNRECOGNISED ? "STATUS_" + String.format("%02X", reply.sw3()) : s.name(),
                step + " failed: reader status " + reply.describeStatus() + ", " + s.meaning());
    }

    private void deliver(IdCard card) {
        delivered = true;
        for (IdCardListener l : cardListeners) {
            IdCard own = card.copy();
            dispatch(() -> l.cardArrived(this, own));
        }
        card.wipe();
    }

    private void fireRemoved() {
        for (IdCardListener l : cardListeners) {
            dispatch(() -> l.cardRemoved(this));
        }
    }

    private void samFault(SamReply reply) {
        updateStatus(DeviceStatus.of(DeviceState.ERROR, "SAM_FAULT", "reader status " + reply.describeStatus()));
        reportError(new DeviceError("SAM_FAULT", "find card answered " + reply.describeStatus() + ", " + reply.status().meaning()));
    }

    /** The reader answered: it is back from silence or a SAM fault. */
    private void answered() {
        lastReplyAtMillis = System.currentTimeMillis();
        silentPolls = 0;
        DeviceState s = status().state();
        if (s == DeviceState.OFFLINE || s == DeviceState.ERROR) {
            updateStatus(DeviceStatus.of(DeviceState.READY));
        }
    }

    private void answerHealthCheck(SamLink sam) throws TransportException, InterruptedException {
        CompletableFuture<SamReply> check = pendingHealthCheck;
        if (check == null || check.isDone()) {
            return;
        }
        pendingHealthCheck = null;
        try {
            check.complete(sam.exchange(SamCommand.SAM_STATUS));
            answered();
        } catch (SamLink.NoReplyException e) {
            check.completeExceptionally(e);
        }
    }

    /** Milliseconds since the epoch of the last reply, 0 before the first. */
    public long lastReplyAtMillis() {
        return lastReplyAtMillis;
    }

    /** Turns link events into device status: OFFLINE while the port is missing, READY when it is back. */
    private final class LinkEvents implements LinkSupervisor.Listener {
        @Override
        public void linkUp(ByteTransport link) {
            lastLinkProblem = "";
            updateStatus(DeviceStatus.of(DeviceState.READY));
        }

        @Override
        public void linkDown(TransportException why, boolean wasUp) {
            String code = switch (why.reason()) {
                case NOT_FOUND -> "PORT_NOT_FOUND";
                case BUSY -> "PORT_BUSY";
                case DISCONNECTED -> "PORT_DISCONNECTED";
                case IO -> "PORT_IO";
            };
            lastLinkProblem = why.getMessage();
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, why.getMessage()));
            reportError(new DeviceError(code, why.getMessage()));
        }
    }
}
