package zwfw.kiosk.drivers.scanner.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

/**
 * A serial scan engine in software, on the emulator end of a pseudo-terminal: it sends codes the
 * way a configured engine does (prefix, AIM identifier, charset, suffix) at the speed of its baud
 * rate. In command-triggered mode it holds codes until the driver sends the trigger command. It can
 * be unplugged and plugged in again at the same port path.
 */
public final class ScannerEmulator implements AutoCloseable {
    private final Path link;
    private final int baud;
    private volatile PseudoTerminal pty;
    private byte[] prefix = new byte[0];
    private byte[] suffix = {'\r'};
    private String aimId = "";
    private Charset charset = StandardCharsets.UTF_8;
    private byte[] trigger;
    private final Deque<byte[]> waiting = new ArrayDeque<>();
    private final AtomicInteger triggersSeen = new AtomicInteger();
    private Thread listener;

    private ScannerEmulator(Path link, int baud) throws IOException {
        this.link = link;
        this.baud = baud;
        this.pty = PseudoTerminal.open(link);
    }

    /** Plugs an engine in at {@code link} (a symlink to a new pseudo-terminal). */
    public static ScannerEmulator plugIn(Path link, int baud) throws IOException {
        return new ScannerEmulator(link, baud);
    }

    public String portPath() {
        return pty.portPath();
    }

    public ScannerEmulator suffix(byte[] bytes) {
        this.suffix = bytes.clone();
        return this;
    }

    public ScannerEmulator prefix(String text) {
        this.prefix = text.getBytes(charset);
        return this;
    }

    public ScannerEmulator aimId(String id) {
        this.aimId = id;
        return this;
    }

    public ScannerEmulator charset(Charset cs) {
        this.charset = cs;
        return this;
    }

    /** Command-triggered mode: codes wait until the driver writes {@code command}. */
    public synchronized ScannerEmulator triggeredBy(byte[] command) {
        this.trigger = command.clone();
        if (listener == null) {
            listener = new Thread(this::listenForTriggers, "scanner-emulator-trigger");
            listener.setDaemon(true);
            listener.start();
        }
        return this;
    }

    public int triggersSeen() {
        return triggersSeen.get();
    }

    /** Reads {@code text} like the engine would: framed, encoded and paced (or queued until triggered). */
    public void scan(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(aimId.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(text.getBytes(charset));
        out.writeBytes(suffix);
        send(out.toByteArray());
    }

    /** Sends bytes as they are (garbage, binary junk, a broken line). */
    public void sendRaw(byte[] bytes) throws IOException {
        send(bytes);
    }

    private void send(byte[] bytes) throws IOException {
        synchronized (this) {
            if (trigger != null) {
                waiting.add(bytes);
                return;
            }
        }
        pty.writePaced(bytes, baud);
    }

    /** Pulls the cable: the driver's port fails. */
    public void unplug() {
        pty.close();
    }

    /** Plugs the cable back in: a new pseudo-terminal at the same path. */
    public void replug() throws IOException {
        pty = PseudoTerminal.open(link);
    }

    private void listenForTriggers() {
        byte[] buf = new byte[256];
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!Thread.currentThread().isInterrupted()) {
            PseudoTerminal p = pty;
            int n;
            try {
                n = p.read(buf, 100);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                // unplugged: wait for a replug (a new terminal) or for close() to interrupt us
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            seen.write(buf, 0, n);
            byte[] all = seen.toByteArray();
            byte[] cmd;
            synchronized (this) {
                cmd = trigger;
            }
            int at = indexOf(all, cmd);
            while (at >= 0) {
                triggersSeen.incrementAndGet();
                releaseOne();
                all = Arrays.copyOfRange(all, at + cmd.length, all.length);
                at = indexOf(all, cmd);
            }
            seen.reset();
            seen.writeBytes(all);
        }
    }

    private void releaseOne() {
        byte[] next;
        synchronized (this) {
            next = waiting.poll();
        }
        if (next != null) {
            try {
                pty.writePaced(next, baud);
            } catch (IOException ignored) {
                // unplugged while answering: the code is lost, as with a real engine
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        Thread l = listener;
        if (l != null) {
            l.interrupt();
        }
        pty.close();
    }
}
