package zwfw.platform.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals what the simulator must keep readable for a while but never in clear on disk (a case's form and attachments,
 * an evaluation's reasons, a QR token's identity): AES-256-GCM with a key made at start and held only in memory,
 * a fresh 12-byte IV per value and the row's identity as associated data (a sealed value moved to another row does
 * not open). After a restart the old key is gone and earlier values no longer open: {@link #open} is then empty.
 */
final class Sealer {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    Sealer() {
        try {
            KeyGenerator g = KeyGenerator.getInstance("AES");
            g.init(256, random);
            key = g.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available: " + e.getMessage(), e);
        }
    }

    byte[] seal(byte[] plain, String aad) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal: " + e.getMessage(), e);
        }
    }

    byte[] seal(String plain, String aad) {
        return seal(plain.getBytes(StandardCharsets.UTF_8), aad);
    }

    /** The plain bytes, or empty when the value was sealed with another key (an earlier run) or altered. */
    Optional<byte[]> open(byte[] sealed, String aad) {
        if (sealed == null || sealed.length < IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return Optional.of(c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    Optional<String> openText(byte[] sealed, String aad) {
        return open(sealed, aad).map(b -> new String(b, StandardCharsets.UTF_8));
    }
}
