package zwfw.kiosk.core.availability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import zwfw.kiosk.core.storage.PrivateFiles;

/**
 * Small text files replaced whole: written to a temporary file beside the target, forced to disk
 * and renamed over it, so a reader sees the old text or the new, never half, and it survives a power cut.
 * Files are mode 600 and new directories 700, owned by the directory's owner where the writer may give it.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, String text) throws IOException {
        Path directory = target.getParent();
        PrivateFiles.createDirectories(directory);
        Path temp = Files.createTempFile(directory, target.getFileName().toString(), ".tmp"); // mode 600
        try {
            try {
                // Private to the kiosk's user whoever wrote it: root running kioskctl hands the file to
                // the directory's owner, so the kiosk can still read it.
                var owner = Files.getOwner(directory);
                if (!owner.equals(Files.getOwner(temp))) {
                    Files.setOwner(temp, owner);
                }
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system, or not allowed: the writer keeps it
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes a rename or delete in {@code directory} durable (Linux needs the directory forced too). */
    static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system lets a directory be opened; the rename is still atomic
        }
    }
}
