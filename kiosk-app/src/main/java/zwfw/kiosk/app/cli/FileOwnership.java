package zwfw.kiosk.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * kioskctl run as root must not leave root-owned files where the kiosk (its own user) has to
 * write them again: whatever root created in the data directory is given to the directory's owner.
 */
public final class FileOwnership {
    private static volatile Path dataDir;

    private FileOwnership() {
    }

    /** The data directory of the configuration a command loaded: fixed up when the command ends. */
    static void watch(Path dir) {
        dataDir = dir;
    }

    /** True when this process runs as root (the owner of /proc/self is the effective user). */
    public static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Run as root: gives root-owned files under the watched data directory to that directory's owner. */
    static void restore() {
        Path dir = dataDir;
        if (dir != null && runningAsRoot()) {
            giveToOwnerOf(dir, dir);
        }
    }

    /** Gives {@code path} (and, for a directory, what is under it) owned by root to the owner of {@code reference}. */
    public static void giveToOwnerOf(Path reference, Path path) {
        try {
            if (!Files.isDirectory(reference)) {
                return;
            }
            int uid = (Integer) Files.getAttribute(reference, "unix:uid");
            int gid = (Integer) Files.getAttribute(reference, "unix:gid");
            if (uid == 0) {
                return;
            }
            try (Stream<Path> all = Files.walk(path)) {
                all.forEach(p -> {
                    try {
                        if ((Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) == 0) {
                            Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                            Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                        }
                    } catch (IOException e) {
                        System.err.println("kioskctl: could not give " + p + " to the kiosk's user: " + e.getMessage());
                    }
                });
            }
        } catch (IOException | UnsupportedOperationException e) {
            System.err.println("kioskctl: could not check file owners under " + path + ": " + e.getMessage());
        }
    }
}
