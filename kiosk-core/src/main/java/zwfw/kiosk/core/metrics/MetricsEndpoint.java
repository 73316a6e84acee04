package zwfw.kiosk.core.metrics;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import com.sun.net.httpserver.HttpsConfigurator;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import zwfw.kiosk.core.config.MetricsSettings;

/**
 * Serves the kiosk's metrics at {@code /metrics} on the configured address (127.0.0.1 unless told
 * otherwise), over HTTPS when a key store is configured, asking for the bearer token or the basic-auth
 * credentials when configured. An address other than loopback without credentials is refused: the
 * district's Prometheus reaches kiosks over the network, and so could anyone else.
 */
public final class MetricsEndpoint implements AutoCloseable {
    /** The largest key store read (checked before reading). */
    static final long MAX_KEY_STORE_BYTES = 1024 * 1024;

    private final HTTPServer server;

    private MetricsEndpoint(HTTPServer server) {
        this.server = server;
    }

    public static MetricsEndpoint start(MetricsSettings settings, PrometheusRegistry registry) throws IOException {
        InetAddress address = InetAddress.getByName(settings.address());
        if (!address.isLoopbackAddress() && !settings.authenticated()) {
            throw new IOException("metrics.address " + settings.address() + " is not a loopback address: set metrics.token, or "
                    + "metrics.username with metrics.password, in the secrets file");
        }
        HTTPServer.Builder b = HTTPServer.builder().inetAddress(address).port(settings.port()).registry(registry);
        if (settings.authenticated()) {
            b.authenticator(authenticator(settings));
        }
        if (settings.keyStore().isPresent()) {
            b.httpsConfigurator(new HttpsConfigurator(sslContext(settings)));
        }
        return new MetricsEndpoint(b.buildAndStart());
    }

    /** The port it listens on (the one chosen when {@code metrics.port} is 0). */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }

    private static Authenticator authenticator(MetricsSettings s) {
        if (s.token().isPresent()) {
            return new BearerAuthenticator(s.token().get());
        }
        String user = s.username().orElseThrow();
        String password = s.password().orElseThrow();
        return new BasicAuthenticator("kiosk metrics") {
            @Override
            public boolean checkCredentials(String u, String p) {
                return same(u, user) & same(p, password);
            }
        };
    }

    /** Equal texts, compared in constant time so a guesser learns nothing from timing. */
    static boolean same(String a, String b) {
        return a != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Authorization: Bearer TOKEN}, as Prometheus sends it with {@code authorization: credentials_file}. */
    static final class BearerAuthenticator extends Authenticator {
        private final String token;

        BearerAuthenticator(String token) {
            this.token = token;
        }

        @Override
        public Result authenticate(HttpExchange exchange) {
            String header = exchange.getRequestHeaders().getFirst("Authorization");
            if (header != null && header.length() <= 4096 && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && same(header.substring(7).strip(), token)) {
                return new Success(new HttpPrincipal("scraper", "kiosk metrics"));
            }
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"kiosk metrics\"");
            return new Retry(401);
        }
    }

    private static SSLContext sslContext(MetricsSettings s) throws IOException {
        java.nio.file.Path file = s.keyStore().orElseThrow();
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_KEY_STORE_BYTES) {
            throw new IOException("metrics.keyStore " + file + " is not a regular file of at most " + MAX_KEY_STORE_BYTES + " bytes");
        }
        char[] password = s.keyStorePassword().orElse("").toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("metrics.keyStore " + file + " does not open as PKCS#12 with metrics.keyStorePassword: " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
