package zwfw.kiosk.app.systemd;

import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What systemd does: a bound datagram Unix socket that collects the notifications sent to it. */
final class NotifySocket implements AutoCloseable {
    private final int fd;
    private final String name;
    private final List<String> received = new ArrayList<>();

    NotifySocket(String name) {
        this.name = name;
        fd = LibC.INSTANCE.socket(LibC.AF_UNIX, LibC.SOCK_DGRAM | LibC.SOCK_CLOEXEC, 0);
        if (fd < 0) {
            throw new IllegalStateException("socket() failed");
        }
        byte[] addr = LibC.unixAddress(name);
        if (LibC.INSTANCE.bind(fd, addr, addr.length) != 0) {
            throw new IllegalStateException("bind " + name + " failed");
        }
    }

    static NotifySocket in(Path dir) {
        return new NotifySocket(dir.resolve("notify").toString());
    }

    String name() {
        return name;
    }

    /** Every message received so far, oldest first (reads what waits without blocking). */
    synchronized List<String> messages() {
        byte[] buf = new byte[4096];
        while (true) {
            long n = LibC.INSTANCE.recv(fd, buf, new NativeLong(buf.length), LibC.MSG_DONTWAIT).longValue();
            if (n < 0) {
                return List.copyOf(received);
            }
            received.add(new String(buf, 0, (int) n, StandardCharsets.UTF_8));
        }
    }

    long count(String message) {
        return messages().stream().filter(message::equals).count();
    }

    @Override
    public void close() {
        LibC.INSTANCE.close(fd);
    }
}
