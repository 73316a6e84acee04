package zwfw.kiosk.drivers.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The device files present that a serial or USB printer driver could open, so that a port is picked
 * rather than typed. jSerialComm alone lists neither pseudo-terminals nor the udev symlinks, so this
 * looks at the file system: the stable names first, then the kernel's, then an optional extra glob
 * (how tests offer their pseudo-terminals). A path matched twice is listed once, under its first kind.
 */
public final class PortDiscovery {
    /** The longest extra glob accepted. */
    public static final int MAX_GLOB_CHARS = 256;
    /** The most ports listed per glob: a machine has a few dozen at most. */
    public static final int MAX_PER_GLOB = 256;

    /** One device file: its path, what kind of name it is, and where a symlink points (else the path itself). */
    public record Port(String path, String kind, String target) {
    }

    /** The standard places, in the order shown: kind → glob. */
    static final Map<String, String> STANDARD = standard();

    private static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("/dev/serial/by-id/*", "by-id");
        m.put("/dev/kiosk-*", "stable-name");
        m.put("/dev/ttyUSB*", "usb-serial");
        m.put("/dev/ttyACM*", "usb-acm");
        m.put("/dev/ttyS*", "serial");
        m.put("/dev/usb/lp*", "usb-printer");
        return m;
    }

    private PortDiscovery() {
    }

    /** Every port present under the standard globs and {@code extraGlob} (an absolute glob, e.g. {@code /tmp/pty-*}). */
    public static List<Port> present(Optional<String> extraGlob) {
        Map<String, String> globs = new LinkedHashMap<>(STANDARD);
        extraGlob.ifPresent(g -> {
            checkGlob(g);
            globs.putIfAbsent(g, "extra");
        });
        Map<String, Port> found = new LinkedHashMap<>();
        globs.forEach((glob, kind) -> matching(glob).forEach(p -> found.putIfAbsent(p.toString(), new Port(p.toString(), kind, target(p)))));
        return List.copyOf(found.values());
    }

    /** Refuses a glob that is not absolute, too long or has control characters (the configuration says why). */
    public static void checkGlob(String glob) {
        if (glob.length() > MAX_GLOB_CHARS || !glob.startsWith("/") || glob.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an absolute path glob of at most " + MAX_GLOB_CHARS + " characters, e.g. /tmp/kiosk-pty-*");
        }
    }

    /** The files matching an absolute glob: walks only from its last directory without wildcards, only as deep as the glob. */
    static List<Path> matching(String glob) {
        String[] parts = glob.substring(1).split("/");
        int fixed = 0;
        while (fixed < parts.length - 1 && !hasWildcard(parts[fixed])) {
            fixed++;
        }
        Path base = Path.of("/", java.util.Arrays.copyOf(parts, fixed));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base, parts.length - fixed)) {
            walk.filter(p -> !p.equals(base) && matcher.matches(p)).sorted().limit(MAX_PER_GLOB).forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            return out; // a directory that cannot be read shows nothing from it, rather than failing the list
        }
        return out;
    }

    private static boolean hasWildcard(String part) {
        return part.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static String target(Path p) {
        try {
            return Files.isSymbolicLink(p) ? p.toRealPath().toString() : p.toString();
        } catch (IOException e) {
            return p.toString(); // a dangling link: shown as itself
        }
    }
}
