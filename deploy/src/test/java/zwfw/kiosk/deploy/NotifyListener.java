package zwfw.kiosk.deploy;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * systemd's end of NOTIFY_SOCKET for the install test: an abstract datagram Unix socket (abstract
 * names are shared by the host and the chroot), read without blocking.
 */
final class NotifyListener implements AutoCloseable {
    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int socket(int domain, int type, int protocol);

        int bind(int fd, byte[] addr, int addrLen);

        NativeLong recv(int fd, byte[] buf, NativeLong len, int flags);

        int close(int fd);
    }

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int MSG_DONTWAIT = 0x40;

    final String name;
    private final int fd;
    private final List<String> received = new ArrayList<>();

    NotifyListener() {
        name = "@zwfw-kiosk-install-test-" + ProcessHandle.current().pid();
        byte[] path = name.getBytes(StandardCharsets.US_ASCII);
        byte[] addr = new byte[2 + path.length];
        addr[0] = AF_UNIX;
        System.arraycopy(path, 1, addr, 3, path.length - 1); // sun_path[0] = 0: abstract
        fd = LibC.INSTANCE.socket(AF_UNIX, SOCK_DGRAM, 0);
        if (fd < 0 || LibC.INSTANCE.bind(fd, addr, addr.length) != 0) {
            throw new IllegalStateException("cannot bind " + name);
        }
    }

    synchronized List<String> messages() {
        byte[] buf = new byte[4096];
        long n;
        while ((n = LibC.INSTANCE.recv(fd, buf, new NativeLong(buf.length), MSG_DONTWAIT).longValue()) >= 0) {
            received.add(new String(buf, 0, (int) n, StandardCharsets.UTF_8));
        }
        return List.copyOf(received);
    }

    long count(String prefix) {
        return messages().stream().filter(m -> m.startsWith(prefix)).count();
    }

    @Override
    public void close() {
        LibC.INSTANCE.close(fd);
    }
}
