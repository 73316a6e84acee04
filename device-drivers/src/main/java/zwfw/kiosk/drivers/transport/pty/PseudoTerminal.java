package zwfw.kiosk.drivers.transport.pty;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A pseudo-terminal pair made with {@code openpty(3)} through JNA: the slave end is a serial
 * port for a driver ({@link #slavePath()}, or a stable symlink), the master end is held here by
 * a device emulator. Closing this object is unplugging the device; a new one at the same link
 * path is plugging it back in. Linux only (the kiosk's platform).
 */
public final class PseudoTerminal implements AutoCloseable {

    interface LibC extends Library {
        int openpty(IntByReference master, IntByReference slave, byte[] name, Pointer termios, Pointer winsize);

        int tcgetattr(int fd, Pointer termios);

        int tcsetattr(int fd, int optionalActions, Pointer termios);

        void cfmakeraw(Pointer termios);

        int read(int fd, byte[] buffer, long count);

        int write(int fd, byte[] buffer, long count);

        int poll(Pointer fds, long nfds, int timeout);

        int close(int fd);
    }

    private static final LibC LIBC = loadLibC();
    private static final short POLLIN = 0x1;
    private static final short POLLOUT = 0x4;
    private static final int TERMIOS_BYTES = 256; // larger than struct termios on every Linux ABI

    private final int master;
    private final int slave;
    private final String slavePath;
    private final Path link;
    private volatile boolean closed;

    private PseudoTerminal(int master, int slave, String slavePath, Path link) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
        this.link = link;
    }

    /** Opens a new raw pseudo-terminal pair. */
    public static PseudoTerminal open() throws IOException {
        return open(null);
    }

    /**
     * Opens a new raw pair and, when {@code link} is given, points that path at the slave end
     * (replacing an old link), so a driver configured with a fixed port path finds it.
     */
    public static PseudoTerminal open(Path link) throws IOException {
        IntByReference m = new IntByReference();
        IntByReference s = new IntByReference();
        byte[] name = new byte[128];
        if (LIBC.openpty(m, s, name, null, null) != 0) {
            throw new IOException("openpty failed, errno " + Native.getLastError());
        }
        Memory termios = new Memory(TERMIOS_BYTES);
        termios.clear();
        // Raw on both ends: no echo, no CR/LF translation, every byte passes as sent.
        for (int fd : new int[] {s.getValue(), m.getValue()}) {
            if (LIBC.tcgetattr(fd, termios) == 0) {
                LIBC.cfmakeraw(termios);
                LIBC.tcsetattr(fd, 0, termios);
            }
        }
        String path = Native.toString(name);
        if (link != null) {
            Files.createDirectories(link.toAbsolutePath().getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(path));
        }
        return new PseudoTerminal(m.getValue(), s.getValue(), path, link);
    }

    /** The device path a driver opens, e.g. {@code /dev/pts/7}. */
    public String slavePath() {
        return slavePath;
    }

    /** The symlink given to {@link #open(Path)}, or the slave path. */
    public String portPath() {
        return link != null ? link.toString() : slavePath;
    }

    /** Writes every byte to the driver's side, at memory speed. */
    public void write(byte[] data) throws IOException {
        int done = 0;
        while (done < data.length) {
            byte[] chunk = done == 0 ? data : java.util.Arrays.copyOfRange(data, done, data.length);
            if (!waitFor(POLLOUT, 1000)) {
                throw new IOException("pseudo-terminal not writable (driver side not reading)");
            }
            int n = LIBC.write(master, chunk, chunk.length);
            if (n < 0) {
                throw new IOException("pseudo-terminal write failed, errno " + Native.getLastError());
            }
            done += n;
        }
    }

    /**
     * Writes at the speed of a serial line at {@code baud} (8N1: baud/10 bytes per second), so
     * that timings measured on the driver's side mean what they would on a real wire.
     */
    public void writePaced(byte[] data, int baud) throws IOException {
        long nanosPerByte = TimeUnit.SECONDS.toNanos(10) / baud;
        long start = System.nanoTime();
        int chunk = Math.max(1, baud / 10 / 200); // about 5 ms of line time per write
        for (int i = 0; i < data.length; i += chunk) {
            int end = Math.min(data.length, i + chunk);
            long due = start + nanosPerByte * i;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            write(java.util.Arrays.copyOfRange(data, i, end));
        }
        long due = start + nanosPerByte * data.length;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /**
     * Reads what the driver sent, waiting at most {@code timeoutMillis} for the first byte.
     * Returns 0 on timeout, -1 once this terminal is closed.
     */
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        if (closed) {
            return -1;
        }
        if (!waitFor(POLLIN, timeoutMillis)) {
            return closed ? -1 : 0;
        }
        int n = LIBC.read(master, buffer, buffer.length);
        if (n < 0) {
            if (closed) {
                return -1;
            }
            throw new IOException("pseudo-terminal read failed, errno " + Native.getLastError());
        }
        return n;
    }

    private boolean waitFor(short events, int timeoutMillis) {
        Memory pollfd = new Memory(8);
        pollfd.setInt(0, master);
        pollfd.setShort(4, events);
        pollfd.setShort(6, (short) 0);
        int r = LIBC.poll(pollfd, 1, timeoutMillis);
        return r > 0 && (pollfd.getShort(6) & events) != 0;
    }

    /** Unplugs: closes both ends, so the driver's next read or write fails. Removes the link. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LIBC.close(master);
        LIBC.close(slave);
        if (link != null) {
            try {
                if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).toString().equals(slavePath)) {
                    Files.delete(link);
                }
            } catch (IOException ignored) {
                // the link was replaced or removed already; nothing to undo
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    private static LibC loadLibC() {
        try {
            return Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError e) {
            return Native.load("util", LibC.class);
        }
    }
}
