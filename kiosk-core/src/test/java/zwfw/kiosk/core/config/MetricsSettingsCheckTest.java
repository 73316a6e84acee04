package zwfw.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.metrics.MetricsEndpoint;

/**
 * {@code kioskctl config validate} (the loader) and the metrics endpoint's start refuse the same
 * metrics settings with the same one line: an address that is no IP address, an address beyond
 * loopback without credentials, a key store missing or not a PKCS#12 file.
 */
class MetricsSettingsCheckTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedConfig() throws IOException {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data")
                .replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml");
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
    }

    private ConfigProblem onlyProblemWith(String metricsSection) throws IOException {
        Files.writeString(dir.resolve("kiosk.yaml"), "\nmetrics:\n" + metricsSection, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        List<ConfigProblem> problems = TestDrivers.loader(Map.of()).validate(dir);
        assertEquals(1, problems.size(), problems.toString());
        ConfigProblem p = problems.get(0);
        assertTrue(p.toString().matches("[^:\\n]+:[1-9][0-9]*: .+") && !p.toString().contains("\n"), "one line FILE:LINE: …: " + p);
        assertFalse(p.toString().contains("Exception"), p.toString());
        return p;
    }

    @Test
    void anAddressBeyondLoopbackWithoutCredentialsIsRefusedByValidateAsByTheEndpoint() throws IOException {
        ConfigProblem p = onlyProblemWith("  enabled: true\n  address: 0.0.0.0\n");
        assertEquals("metrics.address", p.key());
        assertTrue(p.message().contains("metrics.token"), p.message());
        MetricsSettings same = new MetricsSettings(true, "0.0.0.0", 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        IOException atStart = assertThrows(IOException.class, () -> MetricsEndpoint.start(same, new PrometheusRegistry()));
        assertEquals("metrics.address " + p.message(), atStart.getMessage(), "the endpoint says what validate said");
    }

    @Test
    void anAddressThatIsNoIpAddressIsRefusedWithoutALookup() throws IOException {
        ConfigProblem p = onlyProblemWith("  enabled: true\n  address: metrics.example.invalid\n");
        assertEquals("metrics.address", p.key());
        assertTrue(p.message().contains("not an IP address"), p.message());
    }

    @Test
    void aMissingKeyStoreIsRefused() throws IOException {
        ConfigProblem p = onlyProblemWith("  enabled: true\n  keyStore: missing.p12\n");
        assertEquals("metrics.keyStore", p.key());
        assertTrue(p.message().contains("missing.p12"), p.message());
    }

    @Test
    void aKeyStoreThatIsNoPkcs12FileIsRefusedByValidateAsByTheEndpoint() throws IOException {
        Path junk = Files.writeString(dir.resolve("metrics.p12"), "not a key store");
        ConfigProblem p = onlyProblemWith("  enabled: true\n  keyStore: metrics.p12\n");
        assertEquals("metrics.keyStore", p.key());
        assertTrue(p.message().contains("does not open as PKCS#12"), p.message());
        MetricsSettings same = new MetricsSettings(true, "127.0.0.1", 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(junk.toAbsolutePath().normalize()), Optional.empty());
        IOException atStart = assertThrows(IOException.class, () -> MetricsEndpoint.start(same, new PrometheusRegistry()));
        assertEquals("metrics.keyStore " + p.message(), atStart.getMessage());
    }

    @Test
    void metricsThatAreOffAreNotChecked() throws IOException {
        Files.writeString(dir.resolve("kiosk.yaml"), "\nmetrics:\n  enabled: false\n  address: 0.0.0.0\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(), TestDrivers.loader(Map.of()).validate(dir));
    }
}
