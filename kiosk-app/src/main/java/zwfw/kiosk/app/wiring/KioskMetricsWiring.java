package zwfw.kiosk.app.wiring;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.config.MetricsSettings;
import zwfw.kiosk.core.lifecycle.RestartCounter;
import zwfw.kiosk.core.metrics.KioskMetrics;
import zwfw.kiosk.core.metrics.MetricsEndpoint;
import zwfw.kiosk.core.metrics.PlatformContact;
import zwfw.kiosk.core.usage.VisitRecords;

/**
 * The running kiosk's metrics endpoint, when {@code metrics.enabled}: {@link KioskMetrics} fed by the
 * usage records of the visits and the devices, served by {@link MetricsEndpoint}. An endpoint that cannot start
 * (port taken; the settings themselves were checked when the configuration was read) is logged in one
 * line and the kiosk serves citizens all the same.
 */
public final class KioskMetricsWiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskMetricsWiring.class);

    private final KioskMetrics metrics;
    private final MetricsEndpoint endpoint;

    private KioskMetricsWiring(KioskMetrics metrics, MetricsEndpoint endpoint) {
        this.metrics = metrics;
        this.endpoint = endpoint;
    }

    /**
     * Starts the endpoint if configured; {@code visits}: the records the usage store keeps (one tracker for both);
     * {@code platform} is told of every heartbeat answer by the outbox listener.
     */
    public static Optional<KioskMetricsWiring> start(KioskAssembly kiosk, VisitRecords visits, PlatformContact platform) {
        KioskConfig config = kiosk.config();
        MetricsSettings settings = config.metrics();
        if (!settings.enabled()) {
            return Optional.empty();
        }
        KioskMetrics metrics = new KioskMetrics(new KioskMetrics.Sources(kiosk::devices, kiosk.outbox()::status,
                () -> outOfService(config), platform, () -> RestartCounter.sinceBoot(config.dataDir()), KioskDiagnostics.version(),
                config.clock()));
        try {
            MetricsEndpoint endpoint = MetricsEndpoint.start(settings, metrics.registry());
            metrics.watch(kiosk.devices());
            visits.tell(metrics.visitRecords());
            log.info("metrics at {}://{}:{}/metrics ({})", settings.keyStore().isPresent() ? "https" : "http", settings.address(),
                    endpoint.port(), settings.authenticated() ? "credentials required" : "no credentials");
            return Optional.of(new KioskMetricsWiring(metrics, endpoint));
        } catch (IOException | RuntimeException e) {
            log.error("metrics endpoint not started: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The platform contact the metrics read, for the heartbeat's listener to feed. */
    public static PlatformContact platformContact(KioskConfig config) {
        return new PlatformContact(config.clock(), config.heartbeatInterval());
    }

    /** The reasons this kiosk's screen shows now, as its service gate last wrote them (another process's are stale). */
    private static Set<OutOfServiceReason> outOfService(KioskConfig config) {
        return new ServiceReport(config.dataDir(), config.clock()).read()
                .filter(r -> r.pid() == ProcessHandle.current().pid())
                .map(r -> r.reasons().isEmpty() ? EnumSet.noneOf(OutOfServiceReason.class) : EnumSet.copyOf(r.reasons()))
                .orElse(EnumSet.noneOf(OutOfServiceReason.class));
    }

    public KioskMetrics metrics() {
        return metrics;
    }

    public int port() {
        return endpoint.port();
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
