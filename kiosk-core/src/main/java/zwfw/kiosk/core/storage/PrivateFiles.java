package zwfw.kiosk.core.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories of the data directory are created private to the kiosk's user (files
 * 0600, directories 0700) from the first moment, whatever the process's umask: they hold
 * personal data, logs and keys. Directories that exist already are left as their owner set them.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and any missing parents with mode 0700; returns {@code dir}. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            return Files.createDirectories(dir, attribute(DIRECTORY));
        } catch (UnsupportedOperationException e) {
            return Files.createDirectories(dir); // not a POSIX file system
        }
    }

    /** Creates the empty file {@code file} with mode 0600; fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        try {
            return Files.createFile(file, attribute(FILE));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    /**
     * Makes sure {@code file} exists, creating it empty with mode 0600 when it does not, so that a
     * library that opens it afterwards (SQLite, the log appender) never creates it with its own mode.
     */
    public static Path ensureFile(Path file) throws IOException {
        createDirectories(file.toAbsolutePath().getParent());
        try {
            createFile(file);
        } catch (FileAlreadyExistsException e) {
            // there already: its mode is what it is
        }
        return file;
    }

    /** Sets mode 0600 on an existing file this user owns (best effort: other owners and file systems are left alone). */
    public static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours or not POSIX: nothing to do
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
