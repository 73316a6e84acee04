package zwfw.kiosk.app.systemd;

import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sd_notify(3)}: state messages to systemd on the datagram socket named by
 * {@code NOTIFY_SOCKET}. Without that variable (not started by a {@code Type=notify} unit) every
 * call does nothing. A failed send is logged once and never thrown: the kiosk keeps serving, and
 * systemd's watchdog notices the silence.
 */
public final class SdNotify implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SdNotify.class);

    private final String socketPath;
    private int fd = -1;
    private boolean failureLogged;

    SdNotify(String socketPath) {
        this.socketPath = socketPath;
    }

    /** From the process environment. */
    public static SdNotify fromEnvironment() {
        return from(System.getenv());
    }

    public static SdNotify from(Map<String, String> env) {
        String path = env.get("NOTIFY_SOCKET");
        return new SdNotify(path == null || path.isBlank() ? null : path);
    }

    /** The watchdog period systemd asks for ({@code WATCHDOG_USEC}, set by {@code WatchdogSec=}), if any. */
    public static Optional<Duration> watchdogTimeout(Map<String, String> env) {
        String usec = env.get("WATCHDOG_USEC");
        if (usec == null || !usec.matches("\\d{1,15}") || Long.parseLong(usec) == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Long.parseLong(usec) * 1000));
    }

    public boolean enabled() {
        return socketPath != null;
    }

    /** The start-up is done: systemd considers the unit started. */
    public void ready(String status) {
        send("READY=1\nSTATUS=" + status.replace('\n', ' '));
    }

    /** Still alive: resets systemd's watchdog timer. True when sent. */
    public boolean watchdog() {
        return send("WATCHDOG=1");
    }

    public void stopping() {
        send("STOPPING=1");
    }

    /** Sends one state message; true when systemd's socket took it. */
    public synchronized boolean send(String state) {
        if (socketPath == null) {
            return false;
        }
        try {
            if (fd < 0) {
                fd = LibC.INSTANCE.socket(LibC.AF_UNIX, LibC.SOCK_DGRAM | LibC.SOCK_CLOEXEC, 0);
                if (fd < 0) {
                    return failed("socket() failed");
                }
            }
            byte[] msg = state.getBytes(StandardCharsets.UTF_8);
            byte[] addr = LibC.unixAddress(socketPath);
            // Never waits: with systemd not reading (or gone), a full queue refuses the message instead of blocking the caller.
            long sent = LibC.INSTANCE.sendto(fd, msg, new NativeLong(msg.length), LibC.MSG_NOSIGNAL | LibC.MSG_DONTWAIT, addr,
                    addr.length).longValue();
            return sent == msg.length || failed("sendto " + socketPath + " failed");
        } catch (RuntimeException | LinkageError e) {
            return failed(e.toString());
        }
    }

    private boolean failed(String why) {
        if (!failureLogged) {
            failureLogged = true;
            log.warn("systemd notification not sent: {}", why);
        }
        return false;
    }

    @Override
    public synchronized void close() {
        if (fd >= 0) {
            LibC.INSTANCE.close(fd);
            fd = -1;
        }
    }
}
