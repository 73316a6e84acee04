package zwfw.kiosk.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Every file kioskctl reads goes through here: it must be a regular file (a directory, FIFO,
 * device or socket is refused before it is opened, so {@code /dev/zero} or a pipe never hangs or
 * fills memory), within a size limit checked before reading, and readable. Failures are one line
 * in plain words: not found, not a regular file (what it is), too large (N bytes, limit M), unreadable.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** What is wrong with {@code file} as an input of at most {@code maxBytes}, or empty when it can be read. */
    public static Optional<String> problem(Path file, long maxBytes) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(file + ": not found");
        } catch (AccessDeniedException e) {
            return Optional.of(file + ": unreadable (permission denied)");
        } catch (IOException e) {
            return Optional.of(file + ": unreadable (" + reason(e) + ")");
        }
        if (!a.isRegularFile()) {
            return Optional.of(file + ": not a regular file (" + kindOf(file, a) + ")");
        }
        if (a.size() > maxBytes) {
            return Optional.of(file + ": too large (" + a.size() + " bytes, limit " + maxBytes + ")");
        }
        if (!Files.isReadable(file)) {
            return Optional.of(file + ": unreadable (permission denied)");
        }
        return Optional.empty();
    }

    /** Checks {@code file} as {@link #problem} does; a problem fails the command with {@code exitCode}. */
    public static void check(Path file, long maxBytes, int exitCode) {
        problem(file, maxBytes).ifPresent(p -> {
            throw new CliFailure(exitCode, p);
        });
    }

    /**
     * Reads {@code file} after {@link #check}, never more than {@code maxBytes}: a file that grew
     * meanwhile is refused as too large rather than read on.
     */
    public static byte[] read(Path file, long maxBytes, int exitCode) {
        check(file, maxBytes, exitCode);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw new CliFailure(exitCode, file + ": too large (more than " + maxBytes + " bytes, limit " + maxBytes + ")");
            }
            return data;
        } catch (IOException e) {
            throw new CliFailure(exitCode, file + ": unreadable (" + reason(e) + ")");
        }
    }

    /** A directory the command reads from: it must exist and be a directory. */
    public static void checkDirectory(Path dir, int exitCode) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(dir, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new CliFailure(exitCode, dir + ": not found");
        } catch (IOException e) {
            throw new CliFailure(exitCode, dir + ": unreadable (" + reason(e) + ")");
        }
        if (!a.isDirectory()) {
            throw new CliFailure(exitCode, dir + ": not a directory (" + kindOf(dir, a) + ")");
        }
    }

    /**
     * A serial port given as a path must be a character device: a directory or a regular file is
     * named as such, before the driver tries it (a missing one is left to the driver's own words).
     */
    public static void checkPort(String port, int exitCode) {
        if (port == null || !port.startsWith("/")) {
            return;
        }
        Path p = Path.of(port);
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isDirectory() || a.isRegularFile()) {
                throw new CliFailure(exitCode, port + ": not a serial port (" + kindOf(p, a) + ")");
            }
        } catch (IOException e) {
            // missing or unreadable: the driver says so in its words
        }
    }

    /** Bytes in words for messages, e.g. {@code 5242880 bytes (5 MiB)}. */
    public static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    private static String kindOf(Path file, BasicFileAttributes a) {
        if (a.isRegularFile()) {
            return "a regular file";
        }
        if (a.isDirectory()) {
            return "a directory";
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // The JDK repeats the path before the reason ("/x: Is a directory"); keep the reason.
        int colon = m.lastIndexOf(": ");
        return (colon >= 0 ? m.substring(colon + 2) : m).toLowerCase(java.util.Locale.ROOT);
    }
}
