package zwfw.kiosk.drivers.transport;

import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a device's link up: opens it, runs the driver's {@link Session} on it on its own thread,
 * and when the link fails (USB unplugged, port missing or busy) closes it, says so, and opens a
 * fresh link with {@link Backoff} until it works again. Any serial driver (ID card reader, printer,
 * scanner) uses it the same way: the session is its protocol loop, the listener turns link events
 * into device status.
 */
public final class LinkSupervisor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LinkSupervisor.class);

    /** The driver's work on an open link. Returns when asked to stop; throws when the link fails. */
    @FunctionalInterface
    public interface Session {
        void run(ByteTransport link) throws TransportException, InterruptedException;
    }

    /** Hears link events on the supervisor's thread (or the caller's, for the first attempt in {@link #start()}). */
    public interface Listener {
        /** The link is open and the session is about to run. */
        void linkUp(ByteTransport link);

        /**
         * The link failed or could not be opened. {@code wasUp} tells a lost link from a failed
         * attempt; repeated failures with the same reason are reported once.
         */
        void linkDown(TransportException why, boolean wasUp);
    }

    private final String name;
    private final Supplier<? extends ByteTransport> links;
    private final Backoff backoff;
    private final Session session;
    private final Listener listener;
    private volatile boolean running;
    private volatile ByteTransport current;
    private Thread thread;
    private TransportException.Reason lastReported;

    /**
     * @param name   for the thread and logs (a device id, never personal data)
     * @param links  makes a new, unopened link for each attempt
     */
    public LinkSupervisor(String name, Supplier<? extends ByteTransport> links, Backoff backoff, Session session,
                          Listener listener) {
        this.name = Objects.requireNonNull(name);
        this.links = Objects.requireNonNull(links);
        this.backoff = Objects.requireNonNull(backoff);
        this.session = Objects.requireNonNull(session);
        this.listener = Objects.requireNonNull(listener);
    }

    /**
     * Makes the first attempt on the caller's thread (so the caller knows at once whether the
     * device is there) and then keeps the link up in the background. Returns whether the first
     * attempt opened the link.
     */
    public synchronized boolean start() {
        if (running) {
            return current != null;
        }
        running = true;
        ByteTransport first = attempt();
        thread = new Thread(() -> loop(first), "link-" + name);
        thread.setDaemon(true);
        thread.start();
        return first != null;
    }

    /** Whether a link is open now. */
    public boolean isUp() {
        return current != null;
    }

    private void loop(ByteTransport first) {
        ByteTransport link = first;
        int failures = link == null ? 1 : 0;
        while (running) {
            if (link == null) {
                if (!pause(backoff.delayAfter(failures))) {
                    break;
                }
                link = attempt();
                if (link == null) {
                    failures++;
                    continue;
                }
            }
            failures = 0;
            try {
                session.run(link);
            } catch (TransportException e) {
                if (running) {
                    log.info("link {} lost: {}", name, e.reason());
                    closeCurrent();
                    lastReported = e.reason();
                    listener.linkDown(e, true);
                    failures = 1;
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                // A driver bug must not kill the link: treat it as a lost link and start over.
                log.error("session on link {} failed", name, e);
                closeCurrent();
                listener.linkDown(new TransportException(TransportException.Reason.IO, "driver failure", e), true);
                failures = 1;
            }
            closeCurrent();
            link = null;
        }
        closeCurrent();
    }

    private ByteTransport attempt() {
        ByteTransport link = links.get();
        try {
            link.open();
            current = link;
            lastReported = null;
            listener.linkUp(link);
            return link;
        } catch (TransportException e) {
            link.close();
            if (e.reason() != lastReported) {
                lastReported = e.reason();
                listener.linkDown(e, false);
            }
            return null;
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void closeCurrent() {
        ByteTransport c = current;
        current = null;
        if (c != null) {
            c.close();
        }
    }

    /** Stops the session and closes the link; waits briefly for the thread to end. Idempotent. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            t = thread;
        }
        if (t != null) {
            // Sessions read with short timeouts and stop when interrupted; closing the port under a
            // native read is avoided on purpose.
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeCurrent();
    }
}
