package zwfw.kiosk.core.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal fields at rest with AES-256-GCM: a fresh 12-byte IV per record, stored before the
 * ciphertext; the record's reference is the associated data, so a sealed payload cannot be moved to another row.
 */
final class FieldSeal {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    FieldSeal(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the storage key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    byte[] seal(byte[] plain, String reference) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable: " + e.getMessage(), e);
        }
    }

    byte[] open(byte[] sealed, String reference) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            c.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SealBrokenException("the sealed data cannot be opened: outbox entry " + reference
                    + " does not decrypt with this storage.key (a wrong key, or damaged data); it is kept as it is");
        }
    }

    /** A sealed record does not open: the key changed or the data is damaged. */
    static final class SealBrokenException extends zwfw.kiosk.core.storage.StorageException {
        SealBrokenException(String message) {
            super(message, null);
        }
    }
}
