package zwfw.kiosk.core.storage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * Where the kiosk keeps its data and the key that seals personal fields at rest.
 *
 * @param dataDir the data directory (config {@code data.dir}); the database is {@code kiosk.db} inside it
 * @param key     a 256-bit AES key (secrets file {@code storage.key}, base64)
 */
public record StorageSettings(Path dataDir, byte[] key) {
    public StorageSettings {
        if (dataDir == null) {
            throw new IllegalArgumentException("data.dir is not set");
        }
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("storage.key must be 32 bytes (base64 of a 256-bit key)");
        }
        key = key.clone();
    }

    /** Reads the key as the secrets file holds it: base64 of 32 bytes. */
    public static StorageSettings of(Path dataDir, String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("storage.key is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("storage.key is not valid base64");
        }
        return new StorageSettings(dataDir, key);
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    public Path databaseFile() {
        return dataDir.resolve("kiosk.db");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorageSettings s && s.dataDir.equals(dataDir) && Arrays.equals(s.key, key);
    }

    @Override
    public int hashCode() {
        return dataDir.hashCode();
    }

    @Override
    public String toString() {
        return "StorageSettings[dataDir=" + dataDir + ", key=<hidden>]";
    }
}
