package zwfw.kiosk.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteException;

/** The kiosk's database cannot be read or written; the message names the file, never stored values. */
public class StorageException extends RuntimeException {
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    /** An I/O error with less than this left on the disk is taken for a full disk (SQLite reports ENOSPC either way). */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private final Path file;

    public StorageException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public StorageException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The database file, when known. */
    public Path file() {
        return file;
    }

    /** Bytes the data directory's file system has left for the kiosk, or -1 when unknown. */
    public long freeBytes() {
        if (file == null) {
            return -1;
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            return Files.getFileStore(Files.exists(file) ? file : dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Whether the data directory's disk is full: SQLite says so, or an I/O error struck with (almost) nothing left. */
    public boolean diskFull() {
        for (Throwable t = this; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                if (primary == SQLITE_FULL) {
                    return true;
                }
                if (primary == SQLITE_IOERR) {
                    long free = freeBytes();
                    return free >= 0 && free < NEARLY_FULL_BYTES;
                }
            }
            if (t instanceof IOException io && io.getMessage() != null && io.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    /** One line for staff: what is wrong with the data directory, in plain words. */
    public String plainReason() {
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        if (diskFull()) {
            long free = freeBytes();
            return "the data directory's disk is full (" + (free < 0 ? "unknown" : free) + " bytes free)"
                    + (dir == null ? "" : ": " + dir) + "; what was accepted before is kept; free some space and try again";
        }
        return getMessage();
    }
}
