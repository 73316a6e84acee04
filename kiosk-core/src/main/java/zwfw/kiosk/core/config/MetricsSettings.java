package zwfw.kiosk.core.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The metrics endpoint's settings: off unless {@code metrics.enabled}; {@code metrics.address} (default
 * 127.0.0.1) and {@code metrics.port}; a bearer token ({@code metrics.token}) or basic-auth credentials
 * ({@code metrics.username} with {@code metrics.password}); HTTPS with a PKCS#12 key store
 * ({@code metrics.keyStore}, {@code metrics.keyStorePassword}). The passwords and the token come from
 * the secrets file. {@code toString()} shows no secret.
 */
public record MetricsSettings(boolean enabled, String address, int port, Optional<String> username, Optional<String> password,
                              Optional<String> token, Optional<Path> keyStore, Optional<String> keyStorePassword) {

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
