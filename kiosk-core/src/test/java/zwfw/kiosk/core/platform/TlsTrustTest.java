package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.CertificatePinner;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TLS server on 127.0.0.1 with a private CA: the CA bundle and certificate pins of the settings. */
class TlsTrustTest {
    @TempDir
    Path dir;
    HttpsServer server;
    HeldCertificate serverCert;
    Path caPem;

    @BeforeEach
    void start() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Test Province CA").build();
        serverCert = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName("127.0.0.1").commonName("platform").build();
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(serverCert, ca.certificate()).build();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSide.sslContext()));
        server.createContext("/api/v1/catalog", ex -> {
            byte[] body = "{\"version\":1,\"services\":[]}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        caPem = dir.resolve("ca.pem");
        Files.writeString(caPem, ca.certificatePem());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PlatformResult<CatalogFetch> fetch(Path bundle, List<String> pins) {
        PlatformSettings s = new PlatformSettings("https://127.0.0.1:" + server.getAddress().getPort(), "KSK-1", "x",
                new PlatformTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4)), bundle, pins);
        try (PlatformClient c = new PlatformClient(s)) {
            return c.catalog(null);
        }
    }

    @Test
    void thePlatformIsTrustedThroughTheConfiguredCaBundle() {
        assertTrue(fetch(caPem, List.of()).value().modified());
    }

    @Test
    void withoutTheCaBundleTheHandshakeFails() {
        assertEquals("TLS", fetch(null, List.of()).error().code());
    }

    @Test
    void aMatchingPinPassesAndAWrongPinIsRefused() {
        String pin = CertificatePinner.pin(serverCert.certificate());
        assertTrue(fetch(caPem, List.of(pin)).isOk());
        PlatformError e = fetch(caPem, List.of("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).error();
        assertEquals("TLS_PIN_MISMATCH", e.code());
    }
}
