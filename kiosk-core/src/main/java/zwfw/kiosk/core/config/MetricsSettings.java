package zwfw.kiosk.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metrics endpoint's settings: off unless {@code metrics.enabled}; {@code metrics.address} (default
 * 127.0.0.1) and {@code metrics.port}; a bearer token ({@code metrics.token}) or basic-auth credentials
 * ({@code metrics.username} with {@code metrics.password}); HTTPS with a PKCS#12 key store
 * ({@code metrics.keyStore}, {@code metrics.keyStorePassword}). The passwords and the token come from
 * the secrets file. {@code toString()} shows no secret.
 */
public record MetricsSettings(boolean enabled, String address, int port, Optional<String> username, Optional<String> password,
                              Optional<String> token, Optional<Path> keyStore, Optional<String> keyStorePassword) {

    /** The largest key store read (checked before reading). */
    public static final long MAX_KEY_STORE_BYTES = 1024 * 1024;
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    /** Why the endpoint cannot start with these settings: the key at fault and one line, as a problem of the configuration. */
    public record Problem(String key, String message) {
        @Override
        public String toString() {
            return key + ": " + message;
        }
    }

    /**
     * The rules the endpoint starts by, checked by the configuration's loader as well, so that
     * {@code kioskctl config validate} and the kiosk's start say the same: the address is an IP address
     * (or localhost), one beyond loopback needs credentials, a key store is a small readable PKCS#12 file
     * that opens with its password. Empty when the endpoint can start (or is off).
     */
    public Optional<Problem> problem() {
        if (!enabled) {
            return Optional.empty();
        }
        InetAddress bound;
        try {
            bound = bindAddress();
        } catch (UnknownHostException e) {
            return Optional.of(new Problem("metrics.address", "'" + TextRules.cut(address)
                    + "' is not an IP address to listen on (127.0.0.1, ::1, or an address of this machine)"));
        }
        if (!bound.isLoopbackAddress() && !authenticated()) {
            return Optional.of(new Problem("metrics.address", address + " is not a loopback address: set metrics.token, or "
                    + "metrics.username with metrics.password, in the secrets file"));
        }
        if (keyStore.isPresent()) {
            try {
                openKeyStore();
            } catch (IOException e) {
                return Optional.of(new Problem("metrics.keyStore", e.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The address to listen on: an IP literal or localhost, never a name looked up elsewhere. */
    public InetAddress bindAddress() throws UnknownHostException {
        String a = address == null ? "" : address.strip();
        boolean literal = a.equals("localhost") || IPV4.matcher(a).matches() || (a.contains(":") && a.matches("[0-9A-Fa-f:.%a-z0-9]{2,64}"));
        if (!literal) {
            throw new UnknownHostException(a);
        }
        return InetAddress.getByName(a);
    }

    /** The key store, opened with its password; the message of a failure names the file and says what is wrong. */
    public KeyStore openKeyStore() throws IOException {
        Path file = keyStore.orElseThrow();
        try {
            RegularFile.checkType(file, MAX_KEY_STORE_BYTES);
        } catch (RegularFile.Refused e) {
            throw new IOException(file + " " + e.getMessage());
        }
        if (!Files.isReadable(file)) {
            throw new IOException(file + " is not readable by user " + System.getProperty("user.name"));
        }
        char[] password = keyStorePassword.orElse("").toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (GeneralSecurityException | IOException e) { // a wrong password shows as an IOException
            throw new IOException(file + " does not open as PKCS#12 with metrics.keyStorePassword: " + TextRules.cut(
                    String.valueOf(e.getMessage())));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** Whether scrapers must authenticate. */
    public boolean authenticated() {
        return token.isPresent() || (username.isPresent() && password.isPresent());
    }

    @Override
    public String toString() {
        return "MetricsSettings[enabled=" + enabled + ", " + address + ":" + port + ", auth=" + (token.isPresent() ? "bearer"
                : authenticated() ? "basic" : "none") + ", https=" + keyStore.isPresent() + "]";
    }
}
