package zwfw.kiosk.app.systemd;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;

/**
 * The few libc calls a datagram Unix socket needs, which Java 17 cannot open: JNA, already on the
 * class path for the smart-card and serial drivers, instead of a JNI library of our own.
 */
interface LibC extends Library {
    int AF_UNIX = 1;
    int SOCK_DGRAM = 2;
    int SOCK_CLOEXEC = 0x80000;
    int MSG_DONTWAIT = 0x40;
    int MSG_NOSIGNAL = 0x4000;
    int SUN_PATH_MAX = 108;

    LibC INSTANCE = Native.load("c", LibC.class);

    int socket(int domain, int type, int protocol);

    NativeLong sendto(int fd, byte[] buf, NativeLong len, int flags, byte[] addr, int addrLen);

    int bind(int fd, byte[] addr, int addrLen);

    NativeLong recv(int fd, byte[] buf, NativeLong len, int flags);

    int close(int fd);

    /**
     * A {@code struct sockaddr_un} for a socket path; a leading {@code @} names an abstract socket
     * (systemd passes those too). Its length in {@code [0]}'s array is the one to pass to the call.
     */
    static byte[] unixAddress(String path) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        boolean abstractName = name.length > 0 && name[0] == '@';
        if (name.length == 0 || name.length >= SUN_PATH_MAX) {
            throw new IllegalArgumentException("not a Unix socket path: " + path);
        }
        // sun_family in host byte order (x86-64 and arm64 are little-endian), then the path.
        byte[] addr = new byte[2 + name.length + (abstractName ? 0 : 1)];
        addr[0] = (byte) AF_UNIX;
        System.arraycopy(name, 0, addr, 2, name.length);
        if (abstractName) {
            addr[2] = 0;
        }
        return addr;
    }
}
