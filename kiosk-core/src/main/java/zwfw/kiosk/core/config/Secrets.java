package zwfw.kiosk.core.config;

import java.util.Arrays;

/**
 * The platform's shared secret and the storage encryption key. Kept apart from
 * {@code kiosk.yaml} in a file only the kiosk's user may read; never printed.
 */
public final class Secrets {
    private final String platformSecret;
    private final byte[] storageKey;
    private final java.util.Map<String, String> optional;

    public Secrets(String platformSecret, byte[] storageKey) {
        this(platformSecret, storageKey, java.util.Map.of());
    }

    /** {@code optional}: the secrets a feature needs only when used (metrics.token …), by key; absent ones left out. */
    public Secrets(String platformSecret, byte[] storageKey, java.util.Map<String, String> optional) {
        this.platformSecret = platformSecret;
        this.storageKey = storageKey.clone();
        this.optional = java.util.Map.copyOf(optional);
    }

    /** An optional secret of the secrets file (e.g. {@code metrics.token}), if it is set. */
    public java.util.Optional<String> optional(String key) {
        return java.util.Optional.ofNullable(optional.get(key));
    }

    public String platformSecret() {
        return platformSecret;
    }

    /** The AES key for personal data at rest (16, 24 or 32 bytes). */
    public byte[] storageKey() {
        return storageKey.clone();
    }

    @Override
    public String toString() {
        return "Secrets[platformSecret=***, storageKey=*** (" + storageKey.length * 8 + " bit)]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secrets s && s.platformSecret.equals(platformSecret) && Arrays.equals(s.storageKey, storageKey);
    }

    @Override
    public int hashCode() {
        return platformSecret.hashCode();
    }
}
