package zwfw.kiosk.drivers.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of files only the kiosk's user may read, keeping the newest few: what a simulated printer saves shows
 * (masked) personal data, so the folder is 0700 and each file 0600 from the moment it exists (never widened after),
 * and only the newest {@code kept} files named {@code prefix…suffix} stay, so a kiosk running for months does not
 * fill its disk. On a file system without POSIX modes the files are written plainly.
 */
public final class PrivateFolder {
    private final Path directory;
    private final String prefix;
    private final String suffix;
    private final int kept;
    private final Comparator<Path> oldestFirst;

    /**
     * @param sameTimeOrder orders files of the same modification time, oldest first (a job number in the name)
     */
    public PrivateFolder(Path directory, String prefix, String suffix, int kept, Comparator<Path> sameTimeOrder) {
        if (kept < 1) {
            throw new IllegalArgumentException("kept must be at least 1: " + kept);
        }
        this.directory = directory;
        this.prefix = prefix;
        this.suffix = suffix;
        this.kept = kept;
        this.oldestFirst = Comparator.comparing(PrivateFolder::modified).thenComparing(sameTimeOrder);
    }

    /** What goes into one file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code name} (replacing one of that name: a job number repeats after a restart) with {@code content},
     * then deletes the oldest files of this folder's kind beyond the newest {@code kept}.
     */
    public Path write(String name, Content content) throws IOException {
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a file name of this folder: " + name);
        }
        privately(() -> Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))),
                () -> Files.createDirectories(directory));
        Path file = directory.resolve(name);
        Files.deleteIfExists(file);
        privately(() -> Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                () -> Files.createFile(file));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        }
        dropOld();
        return file;
    }

    private void dropOld() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(suffix))
                    .sorted(oldestFirst)
                    .toList();
        }
        for (Path old : files.subList(0, Math.max(0, files.size() - kept))) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile
        }
    }

    private interface FileStep {
        void run() throws IOException;
    }

    /** The POSIX way with private modes, or the plain way where the file system has no modes. */
    private static void privately(FileStep posix, FileStep plain) throws IOException {
        try {
            posix.run();
        } catch (UnsupportedOperationException e) {
            plain.run();
        }
    }
}
