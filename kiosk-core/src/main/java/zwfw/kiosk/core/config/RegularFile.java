package zwfw.kiosk.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a configuration file only when it is a regular file within a size limit, both checked
 * before it is opened: opening a FIFO blocks until someone writes, and a device such as
 * {@code /dev/zero} never ends. The read itself is bounded too, in case the file grows meanwhile.
 */
final class RegularFile {
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private RegularFile() {
    }

    /** Why a file was not read, in words that fit the problem. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    static byte[] read(Path file, long maxBytes) throws Refused {
        checkType(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Refused("is too large: at most " + maxBytes + " bytes");
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new Refused(permissionDenied());
        } catch (IOException e) {
            throw new Refused("cannot be read (" + YamlFile.oneLine(e.getMessage()) + ")");
        }
    }

    /** Throws unless {@code file} is an existing regular file of at most {@code maxBytes}. */
    static void checkType(Path file, long maxBytes) throws Refused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Refused("does not exist");
        } catch (AccessDeniedException e) {
            throw new Refused("cannot be reached: permission denied on a directory above it");
        } catch (IOException e) {
            throw new Refused("cannot be read (" + YamlFile.oneLine(e.getMessage()) + ")");
        }
        if (attributes.isDirectory()) {
            throw new Refused("is a directory, not a file: name the file itself");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused("is " + kind(file) + ", not a regular file: name an ordinary file");
        }
        if (attributes.size() > maxBytes) {
            throw new Refused("is too large (" + attributes.size() + " bytes): at most " + maxBytes + " bytes");
        }
        if (!Files.isReadable(file)) {
            throw new Refused(permissionDenied());
        }
    }

    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & S_IFMT) {
                case S_IFIFO -> "a named pipe (FIFO)";
                case S_IFCHR, S_IFBLK -> "a device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private static String permissionDenied() {
        return "cannot be read: permission denied for user " + System.getProperty("user.name")
                + " (the kiosk's user must own it: chown that user, then chmod 600)";
    }
}
