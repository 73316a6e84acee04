package zwfw.kiosk.drivers.smartcard.pcsc;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import jnasmartcardio.Smartcardio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.ReaderSlot;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;

/**
 * Smart-card readers through PC/SC (pcsc-lite's pcscd) with javax.smartcardio on the jnasmartcardio
 * provider. A watcher thread of its own lists the readers, waits for changes, and reports cards
 * arriving and leaving. When pcscd goes away or the readers are unplugged the device goes
 * {@code OFFLINE} (cards present are reported removed) and the watcher keeps trying with a fresh
 * PC/SC context until the readers are back, then it is {@code READY} again by itself.
 * Card work runs on a context of its own, since pcsc-lite serialises calls on one context and the
 * watcher's context is mostly blocked waiting for changes.
 */
public final class PcscSmartCardReader extends AbstractDevice implements SmartCardReader {
    public static final String DRIVER = "pcsc";
    public static final String CONDITION_PCSC_UNAVAILABLE = "PCSC_UNAVAILABLE";
    public static final String CONDITION_NO_READER = "NO_READER";
    private static final Logger log = LoggerFactory.getLogger(PcscSmartCardReader.class);
    /** pcsc-lite's SCARD_W_REMOVED_CARD and SCARD_E_NO_SMARTCARD: the reader saw the card go. */
    private static final long REMOVED_CARD = 0x80100069L;
    private static final long NO_SMARTCARD = 0x8010000CL;
    /** SCARD_E_NOT_TRANSACTED: the exchange broke off (the card was pulled mid-command, or bad contact). */
    private static final long NOT_TRANSACTED = 0x80100016L;
    /** SCARD_E_NO_SERVICE, SCARD_F_COMM_ERROR, SCARD_E_SERVICE_STOPPED: pcscd went away. */
    private static final long NO_SERVICE = 0x8010001DL;
    private static final long COMM_ERROR = 0x80100013L;
    private static final long SERVICE_STOPPED = 0x8010001EL;

    private final PcscSettings settings;
    private final List<CardListener> cardListeners = new CopyOnWriteArrayList<>();
    private final Object wake = new Object();
    private volatile Map<String, ReaderSlot> seen = Map.of();
    private volatile boolean running;
    private volatile boolean busy;
    private volatile boolean listening;
    private volatile String problem = "";
    private Thread watcher;

    public PcscSmartCardReader(String id, PcscSettings settings) {
        super(id, DeviceKind.SMART_CARD_READER, DRIVER);
        this.settings = settings;
    }

    @Override
    protected void doOpen() {
        running = true;
        // One look now, so open() returns with a true state (READY or OFFLINE) rather than a guess.
        PcscContext first = null;
        try {
            first = PcscContext.open();
            publish(scan(first));
        } catch (CardException | RuntimeException e) {
            if (first != null) {
                first.close();
                first = null;
            }
            goOffline(CONDITION_PCSC_UNAVAILABLE, "pcscd not reachable: " + e.getMessage());
        }
        PcscContext handed = first;
        watcher = new Thread(() -> watch(handed), "pcsc-watch-" + id());
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    protected synchronized void doEnable() {
        // Under the same lock as publish(): a card seen before this point is announced here, one
        // seen after it by publish(), so none falls between.
        listening = true;
        // A card that was already in a reader counts as arriving when listening starts.
        for (ReaderSlot slot : seen.values()) {
            if (slot.cardPresent()) {
                CardInfo card = new CardInfo(slot.name(), HexFormat.of().parseHex(slot.atrHex()));
                for (CardListener l : cardListeners) {
                    dispatch(() -> l.cardInserted(this, card));
                }
            }
        }
    }

    @Override
    protected synchronized void doDisable() {
        listening = false;
    }

    @Override
    protected void doClose() {
        running = false;
        Thread t = watcher;
        watcher = null;
        synchronized (wake) {
            wake.notifyAll();
        }
        if (t != null) {
            try {
                t.join(settings.pollMillis() + 2000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        seen = Map.of();
    }

    @Override
    public void addCardListener(CardListener listener) {
        cardListeners.add(java.util.Objects.requireNonNull(listener));
    }

    @Override
    public void removeCardListener(CardListener listener) {
        cardListeners.remove(listener);
    }

    @Override
    public List<ReaderSlot> readers() throws DeviceException {
        if (isOpen() && status().state() != DeviceState.OFFLINE) {
            return List.copyOf(seen.values());
        }
        try (PcscContext ctx = PcscContext.open()) {
            return List.copyOf(scan(ctx).values());
        } catch (CardException e) {
            throw new DeviceException(CONDITION_PCSC_UNAVAILABLE, "pcscd not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T withCard(String readerName, CardWork<T> work) throws DeviceException {
        try (PcscContext ctx = PcscContext.open()) {
            CardTerminal terminal = pickTerminal(ctx, readerName);
            Card card;
            try {
                card = terminal.connect(settings.protocol());
            } catch (CardNotPresentException e) {
                throw new DeviceException("NO_CARD", "no card in reader " + terminal.getName());
            }
            busy = true;
            refreshStatus();
            try {
                return work.run(command -> transmit(card, command));
            } finally {
                busy = false;
                refreshStatus();
                try {
                    card.disconnect(false);
                } catch (CardException | RuntimeException e) {
                    log.debug("disconnect after card work failed: {}", e.toString());
                }
            }
        } catch (CardException e) {
            throw translate(e, "PC/SC");
        }
    }

    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("readers", String.join(", ", seen.keySet()));
        facts.put("cardsPresent", Long.toString(seen.values().stream().filter(ReaderSlot::cardPresent).count()));
        return new HealthReport(s.state().isUsable(), s, s.state().isUsable() ? "PC/SC readers ready" : s.detail(), facts);
    }

    private CardTerminal pickTerminal(PcscContext ctx, String readerName) throws CardException, DeviceException {
        List<CardTerminal> watched = new ArrayList<>();
        for (CardTerminal t : ctx.terminals().list()) {
            if (settings.watches(t.getName()) && (readerName == null || t.getName().equals(readerName))) {
                watched.add(t);
            }
        }
        if (watched.isEmpty()) {
            throw new DeviceException(CONDITION_NO_READER, readerName == null ? "no smart-card reader" + watchedText()
                    : "no reader named '" + readerName + "'");
        }
        for (CardTerminal t : watched) {
            if (t.isCardPresent()) {
                return t;
            }
        }
        throw new DeviceException("NO_CARD", "no card in " + (readerName == null ? "any reader" + watchedText() : readerName));
    }

    private String watchedText() {
        return settings.reader().isEmpty() ? "" : " matching '" + settings.reader() + "'";
    }

    private static byte[] transmit(Card card, byte[] command) throws DeviceException {
        try {
            return card.getBasicChannel().transmit(new CommandAPDU(command)).getBytes();
        } catch (CardException e) {
            throw translate(e, "APDU exchange");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DeviceException("BAD_COMMAND", "the command APDU is malformed: " + e.getMessage());
        }
    }

    private static DeviceException translate(CardException e, String during) {
        Throwable c = e;
        while (c != null) {
            if (c instanceof Smartcardio.JnaPCSCException pe) {
                if (pe.code == REMOVED_CARD || pe.code == NO_SMARTCARD) {
                    return new DeviceException("CARD_REMOVED", "the card left the reader during " + during, e);
                }
                if (pe.code == NOT_TRANSACTED) {
                    return new DeviceException("CARD_COMMUNICATION_FAILED", during
                            + " broke off: the card was pulled out or has a bad contact", e);
                }
                if (pe.code == NO_SERVICE || pe.code == COMM_ERROR || pe.code == SERVICE_STOPPED) {
                    return new DeviceException(CONDITION_PCSC_UNAVAILABLE, "pcscd went away during " + during, e);
                }
            }
            c = c.getCause();
        }
        return new DeviceException("PCSC_ERROR", during + " failed: " + e.getMessage(), e);
    }

    private void watch(PcscContext initial) {
        PcscContext ctx = initial;
        while (running) {
            try {
                if (ctx == null) {
                    ctx = PcscContext.open();
                }
                publish(scan(ctx));
                ctx.terminals().waitForChange(settings.pollMillis());
            } catch (CardException | RuntimeException e) {
                if (ctx != null) {
                    ctx.close();
                    ctx = null;
                }
                if (!running) {
                    break;
                }
                goOffline(CONDITION_PCSC_UNAVAILABLE, "pcscd not reachable: " + e.getMessage());
                pause(settings.reconnectMillis());
            }
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    private void pause(long millis) {
        synchronized (wake) {
            if (!running) {
                return;
            }
            try {
                wake.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** The watched readers now, with card presence; reads the ATR of a card not seen before. */
    private Map<String, ReaderSlot> scan(PcscContext ctx) throws CardException {
        Map<String, ReaderSlot> now = new LinkedHashMap<>();
        Map<String, ReaderSlot> before = seen;
        for (CardTerminal t : ctx.terminals().list()) {
            String name = t.getName();
            if (!settings.watches(name)) {
                continue;
            }
            boolean present = t.isCardPresent();
            String atr = "";
            if (present) {
                ReaderSlot old = before.get(name);
                atr = old != null && old.cardPresent() && !old.atrHex().isEmpty() ? old.atrHex() : readAtr(t);
                if (atr == null) {
                    present = false; // left again while we looked
                    atr = "";
                }
            }
            now.put(name, new ReaderSlot(name, present, atr));
        }
        return now;
    }

    private String readAtr(CardTerminal t) {
        try {
            Card c = t.connect(settings.protocol());
            try {
                return HexFormat.of().withUpperCase().formatHex(c.getATR().getBytes());
            } finally {
                c.disconnect(false);
            }
        } catch (CardException e) {
            log.debug("reading the ATR in {} failed: {}", t.getName(), e.toString());
            return null;
        }
    }

    private synchronized void publish(Map<String, ReaderSlot> now) {
        Map<String, ReaderSlot> before = seen;
        seen = Map.copyOf(now);
        for (ReaderSlot old : before.values()) {
            ReaderSlot cur = now.get(old.name());
            if (old.cardPresent() && (cur == null || !cur.cardPresent() || !cur.atrHex().equals(old.atrHex()))) {
                fireRemoved(old.name());
            }
        }
        for (ReaderSlot cur : now.values()) {
            ReaderSlot old = before.get(cur.name());
            if (cur.cardPresent() && (old == null || !old.cardPresent() || !old.atrHex().equals(cur.atrHex()))) {
                fireInserted(new CardInfo(cur.name(), HexFormat.of().parseHex(cur.atrHex())));
            }
        }
        if (now.isEmpty()) {
            problem = settings.reader().isEmpty() ? "pcscd lists no reader" : "no reader matching '" + settings.reader() + "'";
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, CONDITION_NO_READER, problem));
        } else {
            problem = "";
            refreshStatus();
        }
    }

    private synchronized void goOffline(String condition, String detail) {
        Map<String, ReaderSlot> before = seen;
        seen = Map.of();
        for (ReaderSlot old : before.values()) {
            if (old.cardPresent()) {
                fireRemoved(old.name());
            }
        }
        problem = detail;
        updateStatus(DeviceStatus.of(DeviceState.OFFLINE, condition, detail));
    }

    private synchronized void refreshStatus() {
        if (!problem.isEmpty() || !running) {
            return;
        }
        updateStatus(DeviceStatus.of(busy ? DeviceState.BUSY : DeviceState.READY));
    }

    private void fireInserted(CardInfo card) {
        if (!listening) {
            return;
        }
        for (CardListener l : cardListeners) {
            dispatch(() -> l.cardInserted(this, card));
        }
    }

    private void fireRemoved(String readerName) {
        if (!listening) {
            return;
        }
        for (CardListener l : cardListeners) {
            dispatch(() -> l.cardRemoved(this, readerName));
        }
    }
}
