package zwfw.kiosk.drivers.idcard.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.card.TextBlock;
import zwfw.kiosk.drivers.idcard.sam.SamCommand;
import zwfw.kiosk.drivers.idcard.sam.SamFrameDecoder;
import zwfw.kiosk.drivers.idcard.sam.SamFrames;
import zwfw.kiosk.drivers.idcard.sam.SamRequest;
import zwfw.kiosk.drivers.idcard.sam.SamStatus;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

/**
 * A GA 467 SAM ID card reader on the far end of a pseudo-terminal, for tests, the benchmark and
 * the demo. A driver opens {@link #portPath()} like a real reader's port. The emulator answers
 * find, select and read for the card placed on it, sends every reply at the configured baud
 * (and takes the time a request needs on the wire before answering), and injects
 * {@link EmulatorFault}s on demand. {@link #unplug()} and {@link #replug()} close the port and
 * open a new one at the same link path, as pulling and reinserting a USB reader does.
 * <p>
 * One thread owns the pseudo-terminal: it reads requests, answers them, and runs unplug and
 * replug between reads, so a closed descriptor is never read.
 */
public final class SamReaderEmulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SamReaderEmulator.class);
    private static final int PHOTO_LENGTH = 1024;

    private final Path link;
    private final int baud;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Map<EmulatorFault, Integer> faults = new EnumMap<>(EmulatorFault.class);
    private final Random noise = new Random(42);
    private volatile PseudoTerminal pty;
    private volatile boolean closed;
    private volatile boolean noCardAfterRead;
    private volatile int samDelayMillis;

    // Card state, guarded by this.
    private IdCard card;
    private boolean cardRead;
    private long placedAtNanos;
    private long cycleBytes;
    private long lastCycleBytes;
    private long requests;
    private long bytesSent;

    private SamReaderEmulator(Path link, int baud) throws IOException {
        this.link = link;
        this.baud = baud;
        this.pty = PseudoTerminal.open(link);
        this.thread = new Thread(this::serve, "sam-reader-emulator");
        thread.setDaemon(true);
    }

    /** Opens a pseudo-terminal with its slave end at {@code link} and starts answering on it. */
    public static SamReaderEmulator start(Path link, int baud) throws IOException {
        SamReaderEmulator e = new SamReaderEmulator(link, baud);
        e.thread.start();
        return e;
    }

    /** The path a driver opens (the link given to {@link #start}). */
    public String portPath() {
        return link.toString();
    }

    public int baud() {
        return baud;
    }

    /** Puts a card on the reader (replacing any other). */
    public synchronized void placeCard(IdCard c) {
        if (card != null) {
            card.wipe();
        }
        card = c.copy();
        cardRead = false;
        cycleBytes = 0;
        placedAtNanos = System.nanoTime();
    }

    /** Lifts the card. */
    public synchronized void removeCard() {
        if (card != null) {
            card.wipe();
        }
        card = null;
        cardRead = false;
    }

    public synchronized boolean hasCard() {
        return card != null;
    }

    /** {@link System#nanoTime()} when the current card was placed. */
    public synchronized long placedAtNanos() {
        return placedAtNanos;
    }

    /**
     * Bytes on the line, both ways, of the last successful read cycle: the find that saw the
     * card, the select and the read, headers and checksums included.
     */
    public synchronized long lastReadCycleBytes() {
        return lastCycleBytes;
    }

    public synchronized long requestsServed() {
        return requests;
    }

    /**
     * Some readers answer "no card" to find once a card has been read, until it is lifted and put
     * back; others keep answering "card present". Default: keep answering "card present".
     */
    public void answerNoCardAfterRead(boolean on) {
        noCardAfterRead = on;
    }

    /** Time the SAM takes to process a request before its reply starts (default 0). */
    public void samDelayMillis(int millis) {
        samDelayMillis = Math.max(0, millis);
    }

    /** Injects a fault once. */
    public void inject(EmulatorFault fault) {
        inject(fault, 1);
    }

    /** Injects a fault for the next {@code times} replies it applies to. */
    public synchronized void inject(EmulatorFault fault, int times) {
        faults.merge(fault, times, Integer::sum);
    }

    /** Faults still waiting to happen. */
    public synchronized int pendingFaults(EmulatorFault fault) {
        return faults.getOrDefault(fault, 0);
    }

    /** Pulls the plug: closes the port and removes its link path. */
    public void unplug() {
        runOnServer(() -> {
            PseudoTerminal p = pty;
            pty = null;
            if (p != null) {
                p.close();
            }
        });
    }

    /** Plugs back in: a new port at the same link path. */
    public void replug() {
        runOnServer(() -> {
            if (pty == null) {
                try {
                    pty = PseudoTerminal.open(link);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot reopen the emulator's port", e);
                }
            }
        });
    }

    public boolean isPlugged() {
        return pty != null;
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PseudoTerminal p = pty;
        pty = null;
        if (p != null) {
            p.close();
        }
        removeCard();
    }

    private void runOnServer(Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("emulator task failed", e);
        }
    }

    private void serve() {
        byte[] buf = new byte[512];
        SamFrameDecoder decoder = new SamFrameDecoder();
        PseudoTerminal current = null;
        while (!closed) {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
            PseudoTerminal p = pty;
            if (p != current) {
                decoder = new SamFrameDecoder();
                current = p;
            }
            if (p == null) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                continue;
            }
            try {
                int n = p.read(buf, 50);
                if (n <= 0) {
                    continue;
                }
                for (byte[] payload : decoder.feed(buf, 0, n)) {
                    SamRequest request = SamRequest.parse(payload);
                    if (request != null) {
                        answer(p, request, payload.length + 8);
                    }
                }
            } catch (IOException e) {
                log.debug("emulator port error: {}", e.toString());
            }
        }
    }

    private void answer(PseudoTerminal p, SamRequest request, int requestBytes) throws IOException {
        // The request took its time on the wire before the reader could act on it.
        pause(requestBytes * 10_000_000_000L / baud);
        if (samDelayMillis > 0) {
            pause(TimeUnit.MILLISECONDS.toNanos(samDelayMillis));
        }
        byte[] reply;
        int cutAt = -1;
        boolean removeAfter = false;
        synchronized (this) {
            requests++;
            if (take(EmulatorFault.SILENCE)) {
                return;
            }
            SamCommand command = request.command();
            reply = replyTo(command);
            if (command == SamCommand.FIND_CARD && reply[9] == (byte) SamStatus.CARD_PRESENT.code()) {
                cycleBytes = 0;
            }
            cycleBytes += requestBytes + reply.length;
            if (isRead(command) && reply[9] == (byte) SamStatus.SUCCESS.code()) {
                if (take(EmulatorFault.BAD_CHECKSUM)) {
                    reply[reply.length - 1] ^= 0x5A;
                } else if (take(EmulatorFault.TRUNCATED_FRAME)) {
                    cutAt = reply.length / 2;
                } else if (take(EmulatorFault.CARD_REMOVED_MID_READ)) {
                    cutAt = reply.length / 2;
                    removeAfter = true;
                } else {
                    cardRead = true;
                    lastCycleBytes = cycleBytes;
                }
            }
            if (take(EmulatorFault.NOISE_BEFORE_PREAMBLE)) {
                byte[] junk = new byte[1 + noise.nextInt(64)];
                noise.nextBytes(junk);
                byte[] both = Arrays.copyOf(junk, junk.length + reply.length);
                System.arraycopy(reply, 0, both, junk.length, reply.length);
                reply = both;
            }
        }
        byte[] out = cutAt < 0 ? reply : Arrays.copyOf(reply, cutAt);
        p.writePaced(out, baud);
        synchronized (this) {
            bytesSent += out.length;
            if (removeAfter) {
                removeCard();
            }
        }
        Arrays.fill(reply, (byte) 0);
    }

    /** The reply to a command for the current card state. Called holding this. */
    private byte[] replyTo(SamCommand command) {
        if (command == null) {
            return SamFrames.reply(0, 0, SamStatus.UNKNOWN_COMMAND.code(), new byte[0]);
        }
        boolean present = card != null;
        return switch (command) {
            case FIND_CARD -> present && !(noCardAfterRead && cardRead)
                    ? SamFrames.reply(0, 0, SamStatus.CARD_PRESENT.code(), new byte[4])
                    : SamFrames.reply(0, 0, SamStatus.NO_CARD.code(), new byte[0]);
            case SELECT_CARD -> present
                    ? SamFrames.reply(0, 0, SamStatus.SUCCESS.code(), new byte[8])
                    : SamFrames.reply(0, 0, SamStatus.SELECT_FAILED.code(), new byte[0]);
            case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINTS -> {
                if (!present || take(EmulatorFault.READ_FAILURE)) {
                    yield SamFrames.reply(0, 0, SamStatus.READ_FAILED.code(), new byte[0]);
                }
                yield SamFrames.reply(0, 0, SamStatus.SUCCESS.code(),
                        cardData(command == SamCommand.READ_TEXT_PHOTO_FINGERPRINTS));
            }
            case READ_LATEST_ADDRESS -> SamFrames.reply(0, 0, SamStatus.ITEM_EMPTY.code(), new byte[0]);
            case READ_SAM_ID -> SamFrames.reply(0, 0, SamStatus.SUCCESS.code(), new byte[16]);
            default -> SamFrames.reply(0, 0, SamStatus.SUCCESS.code(), new byte[0]);
        };
    }

    private byte[] cardData(boolean withFingerprints) {
        byte[] text = TextBlock.write(card);
        byte[] photo = Arrays.copyOf(card.photo(), PHOTO_LENGTH);
        byte[] fp = withFingerprints ? card.fingerprints() : new byte[0];
        int head = withFingerprints ? 6 : 4;
        byte[] data = new byte[head + text.length + photo.length + fp.length];
        data[0] = (byte) (text.length >> 8);
        data[1] = (byte) text.length;
        data[2] = (byte) (photo.length >> 8);
        data[3] = (byte) photo.length;
        if (withFingerprints) {
            data[4] = (byte) (fp.length >> 8);
            data[5] = (byte) fp.length;
        }
        System.arraycopy(text, 0, data, head, text.length);
        System.arraycopy(photo, 0, data, head + text.length, photo.length);
        System.arraycopy(fp, 0, data, head + text.length + photo.length, fp.length);
        Arrays.fill(text, (byte) 0);
        Arrays.fill(photo, (byte) 0);
        Arrays.fill(fp, (byte) 0);
        return data;
    }

    private static boolean isRead(SamCommand c) {
        return c == SamCommand.READ_TEXT_PHOTO || c == SamCommand.READ_TEXT_PHOTO_FINGERPRINTS;
    }

    /** Uses up one injection of a fault; called holding this. */
    private boolean take(EmulatorFault fault) {
        Integer left = faults.get(fault);
        if (left == null || left <= 0) {
            return false;
        }
        if (left == 1) {
            faults.remove(fault);
        } else {
            faults.put(fault, left - 1);
        }
        return true;
    }

    private static void pause(long nanos) {
        long due = System.nanoTime() + nanos;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
