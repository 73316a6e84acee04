package zwfw.kiosk.core.storage;

/** The kiosk's database cannot be read or written; the message names the file, never stored values. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
