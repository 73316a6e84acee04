package zwfw.kiosk.drivers.smartcard.virtualcard;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card in software that sits in a vsmartcard {@code vpcd} reader: a TCP client of pcscd's vpcd
 * driver (127.0.0.1:35963 for {@code Virtual PCD 00 00}, 35964 for {@code 00 01}). Each message is a
 * 2-byte big-endian length and a payload; a 1-byte payload is a control code ({@code 00} power off,
 * {@code 01} power on, {@code 02} reset, {@code 04} send the ATR), a longer one a command APDU.
 * {@link #insert()} connects (the card appears in the reader) and keeps it connected: when pcscd
 * restarts, it connects again by itself. {@link #remove()} closes the socket (the card leaves).
 */
public final class VpcdVirtualCard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(VpcdVirtualCard.class);
    public static final int DEFAULT_PORT = 35963;
    private static final int CTRL_OFF = 0x00;
    private static final int CTRL_ON = 0x01;
    private static final int CTRL_RESET = 0x02;
    private static final int CTRL_ATR = 0x04;
    private static final long RECONNECT_MILLIS = 200;

    private final String host;
    private final int port;
    private final CardApplet applet;
    private final AtomicInteger commandsAnswered = new AtomicInteger();
    private final Object lock = new Object();
    private volatile boolean inserted;
    private volatile boolean connected;
    private Socket socket;
    private Thread thread;

    public VpcdVirtualCard(String host, int port, CardApplet applet) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.applet = Objects.requireNonNull(applet, "applet");
    }

    public VpcdVirtualCard(CardApplet applet) {
        this("127.0.0.1", DEFAULT_PORT, applet);
    }

    /** Puts the card in the reader: connects now and again whenever the connection drops. */
    public void insert() {
        synchronized (lock) {
            if (inserted) {
                return;
            }
            inserted = true;
            thread = new Thread(this::run, "vpcd-card-" + port);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Takes the card out: closes the connection and stops reconnecting. */
    public void remove() {
        Thread t;
        synchronized (lock) {
            if (!inserted) {
                return;
            }
            inserted = false;
            closeSocket();
            t = thread;
            thread = null;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether a vpcd connection is up now (the reader sees the card). */
    public boolean isConnected() {
        return connected;
    }

    public int commandsAnswered() {
        return commandsAnswered.get();
    }

    @Override
    public void close() {
        remove();
    }

    private void run() {
        while (inserted) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1000);
                s.setTcpNoDelay(true);
                synchronized (lock) {
                    if (!inserted) {
                        return;
                    }
                    socket = s;
                }
                connected = true;
                serve(s);
            } catch (IOException e) {
                log.debug("vpcd connection to {}:{} ended: {}", host, port, e.toString());
            } finally {
                connected = false;
                synchronized (lock) {
                    socket = null;
                }
            }
            if (inserted) {
                try {
                    Thread.sleep(RECONNECT_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void serve(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(s.getInputStream()));
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(s.getOutputStream()));
        while (inserted) {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return;
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            if (length == 1) {
                switch (payload[0] & 0xFF) {
                    case CTRL_OFF, CTRL_ON, CTRL_RESET -> applet.reset();
                    case CTRL_ATR -> send(out, applet.atr());
                    default -> log.debug("vpcd sent unknown control code {}", payload[0] & 0xFF);
                }
            } else if (length > 1) {
                send(out, applet.process(payload));
                commandsAnswered.incrementAndGet();
            }
        }
    }

    private static void send(DataOutputStream out, byte[] data) throws IOException {
        out.writeShort(data.length);
        out.write(data);
        out.flush();
    }

    private void closeSocket() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is the goal; a failure changes nothing
            }
        }
    }
}
