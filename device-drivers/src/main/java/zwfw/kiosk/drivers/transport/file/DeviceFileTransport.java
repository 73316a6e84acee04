package zwfw.kiosk.drivers.transport.file;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.TransportException.Reason;

/**
 * A device written like a file: the kernel's USB printer class device ({@code /dev/usb/lp0}) or
 * any character device. Reading (the printer's status back-channel) runs on a reader thread so a
 * read can time out. A regular file is accepted too (jobs are appended to it, as a capture file);
 * it has no back-channel, so reads from it return nothing.
 */
public final class DeviceFileTransport implements ByteTransport {
    private final Path path;
    private FileChannel channel;
    /** A second descriptor for reading: a channel's read holds a lock its writes would wait on. */
    private FileChannel readChannel;
    private boolean characterDevice;
    private BlockingQueue<Object> incoming;
    private Thread reader;
    private byte[] leftover;
    private int leftoverAt;

    public DeviceFileTransport(Path path) {
        this.path = path;
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public synchronized void open() throws TransportException {
        if (channel != null) {
            return;
        }
        boolean exists = Files.exists(path);
        boolean regular = !exists || Files.isRegularFile(path);
        if (!exists && (path.getParent() == null || !Files.isDirectory(path.getParent()) || path.startsWith("/dev"))) {
            throw new TransportException(Reason.NOT_FOUND, "printer device " + path + " does not exist (is the printer plugged in?)");
        }
        try {
            channel = regular
                    ? FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : FileChannel.open(path, StandardOpenOption.WRITE);
            readChannel = regular ? null : FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new TransportException(Reason.NOT_FOUND, "printer device " + path + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new TransportException(Reason.BUSY, "may not open " + path + " (is the user in the lp group?)", e);
        } catch (IOException e) {
            throw new TransportException(Reason.IO, "cannot open " + path + ": " + e.getMessage(), e);
        }
        characterDevice = !regular;
        incoming = new ArrayBlockingQueue<>(256);
        leftover = null;
        if (characterDevice) {
            FileChannel ch = readChannel;
            BlockingQueue<Object> q = incoming;
            reader = new Thread(() -> pump(ch, q), "device-file-reader-" + path.getFileName());
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Copies what the device sends into the queue; an end of stream or error is queued as the exception. */
    private static void pump(FileChannel ch, BlockingQueue<Object> q) {
        ByteBuffer buf = ByteBuffer.allocate(256);
        try {
            while (ch.isOpen()) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) {
                    q.put(new TransportException(Reason.DISCONNECTED, "device closed"));
                    return;
                }
                if (n > 0) {
                    byte[] b = new byte[n];
                    buf.flip();
                    buf.get(b);
                    q.put(b);
                }
            }
        } catch (IOException e) {
            q.offer(new TransportException(Reason.DISCONNECTED, "device gone: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return channel != null;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "write");
        FileChannel ch;
        synchronized (this) {
            ch = channel;
        }
        if (ch == null) {
            throw new TransportException(Reason.DISCONNECTED, path + " is not open");
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(data, offset, length);
            while (b.hasRemaining()) {
                ch.write(b);
            }
        } catch (IOException e) {
            throw new TransportException(Reason.DISCONNECTED, "printer device " + path + " failed while writing: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws TransportException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "read");
        BlockingQueue<Object> q;
        synchronized (this) {
            if (channel == null) {
                throw new TransportException(Reason.DISCONNECTED, path + " is not open");
            }
            if (!characterDevice) {
                return 0; // a plain file has no back-channel
            }
            q = incoming;
        }
        try {
            if (leftover == null) {
                Object next = q.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
                if (next == null) {
                    return 0;
                }
                if (next instanceof TransportException e) {
                    q.offer(e); // stays gone for every later read
                    throw e;
                }
                leftover = (byte[]) next;
                leftoverAt = 0;
            }
            int n = Math.min(length, leftover.length - leftoverAt);
            System.arraycopy(leftover, leftoverAt, buffer, offset, n);
            leftoverAt += n;
            if (leftoverAt >= leftover.length) {
                leftover = null;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
            if (readChannel != null) {
                readChannel.close(); // also wakes the reader thread blocked in read
            }
        } catch (IOException ignored) {
            // nothing left to release
        }
        channel = null;
        readChannel = null;
        if (reader != null) {
            reader.interrupt();
            reader = null;
        }
    }

    @Override
    public String toString() {
        return "DeviceFileTransport[" + path + "]";
    }
}
