package zwfw.kiosk.core.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff PINs are stored only as salted PBKDF2 hashes:
 * {@code pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64}. Make one with
 * {@code kioskctl pin hash}.
 */
public final class PinHash {
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int ITERATIONS = 120_000;

    private PinHash() {
    }

    public static String hash(char[] pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = derive(pin, salt, ITERATIONS);
        return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash);
    }

    /** Whether {@code pin} matches {@code stored}; false for a malformed hash. Constant-time compare. */
    public static boolean matches(char[] pin, String stored) {
        if (!isWellFormed(stored)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(pin, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** The most PBKDF2 iterations accepted: more would make each PIN check take minutes (a configuration typo, not security). */
    public static final int MAX_ITERATIONS = 10_000_000;

    public static boolean isWellFormed(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            return iterations >= 10_000 && iterations <= MAX_ITERATIONS && Base64.getDecoder().decode(parts[2]).length >= 8
                    && Base64.getDecoder().decode(parts[3]).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
