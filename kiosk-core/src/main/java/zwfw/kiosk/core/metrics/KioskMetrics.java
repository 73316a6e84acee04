package zwfw.kiosk.core.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * The kiosk's Prometheus metrics, in one place: counts fed from the visit's stream of
 * {@link Milestone}s (like the usage counter, so the same events feed screen, reports and metrics),
 * device faults from the devices' own status changes, and at each scrape the devices' state, the
 * outbox, the service state, the platform contact and restarts; plus the JVM's metrics.
 * <p>
 * Labels hold no personal data and come from bounded sets: outcomes, results, levels 1–5 and
 * out-of-service reasons are enums; device ids and kinds come from the configuration; service codes
 * and device conditions are checked against a pattern and capped ({@link BoundedLabel}).
 */
public final class KioskMetrics implements VisitListener {
    /** What the metrics read at each scrape; every supplier is called on the HTTP server's thread, never the screen's. */
    public record Sources(Supplier<List<Device>> devices, Supplier<OutboxStatus> outbox, Supplier<Set<OutOfServiceReason>> outOfService,
                          PlatformContact platform, java.util.function.IntSupplier restartsSinceBoot, String version,
                          java.time.Clock clock) {
    }

    /**
     * The JVM's metrics, registered once per process: the client keeps every registry it registered them
     * with for ever, so a registry per kiosk would keep each closed kiosk (tests boot many) alive.
     */
    private static final PrometheusRegistry JVM = jvmMetrics();

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter visitsStarted;
    private final Counter visits;
    private final Counter cases;
    private final Counter evaluations;
    private final Counter deviceFaults;
    private final BoundedLabel services = new BoundedLabel("[A-Za-z0-9_-]{1,32}", 200);
    private final BoundedLabel conditions = new BoundedLabel("[A-Z0-9_]{1,32}", 50);

    public KioskMetrics(Sources sources) {
        visitsStarted = Counter.builder().name("kiosk_visits_started").help("Visits started (a touch or a card on the attract screen)")
                .register(registry);
        visits = Counter.builder().name("kiosk_visits").help("Visits ended, by outcome").labelNames("outcome").register(registry);
        for (Milestone.EndReason r : Milestone.EndReason.values()) {
            visits.labelValues(outcome(r)); // every outcome from 0, so rates and alerts see the series from the start
        }
        cases = Counter.builder().name("kiosk_cases").help("Cases committed, by service code and result (delivered, queued, rejected)")
                .labelNames("service", "result").register(registry);
        evaluations = Counter.builder().name("kiosk_evaluations").help("Evaluations (好差评) given, by level 1 (worst) to 5")
                .labelNames("level").register(registry);
        for (int level = 1; level <= 5; level++) {
            evaluations.labelValues(String.valueOf(level));
        }
        deviceFaults = Counter.builder().name("kiosk_device_faults").help("Times a device went from working to down (offline or error)")
                .labelNames("device", "kind").register(registry);
        scraped(sources);
        registry.register((io.prometheus.metrics.model.registry.MultiCollector) JVM::scrape);
    }

    private void scraped(Sources s) {
        GaugeWithCallback.builder().name("kiosk_device_up").help("1 while the device is ready or busy, 0 while it is down")
                .labelNames("device", "kind")
                .callback(cb -> s.devices().get().forEach(d -> cb.call(d.status().state().isUsable() ? 1 : 0, d.id(), kind(d))))
                .register(registry);
        GaugeWithCallback.builder().name("kiosk_device_condition")
                .help("1 for the condition a device reports now (PAPER_NEAR_END, PAPER_OUT, COVER_OPEN …)")
                .labelNames("device", "kind", "condition")
                .callback(cb -> s.devices().get().forEach(d -> {
                    String c = d.status().condition();
                    if (c != null && !c.isEmpty()) {
                        cb.call(1, d.id(), kind(d), conditions.of(c));
                    }
                }))
                .register(registry);
        GaugeWithCallback.builder().name("kiosk_outbox_depth").help("Cases and evaluations waiting to reach the platform")
                .callback(cb -> cb.call(s.outbox().get().depth())).register(registry);
        GaugeWithCallback.builder().name("kiosk_outbox_oldest_age_seconds").help("How long the oldest waiting entry has waited (0: none)")
                .callback(cb -> {
                    java.time.Instant oldest = s.outbox().get().oldestQueuedAt();
                    cb.call(oldest == null ? 0 : Math.max(0, s.clock().millis() - oldest.toEpochMilli()) / 1000.0);
                }).register(registry);
        GaugeWithCallback.builder().name("kiosk_out_of_service").help("1 while the kiosk shows the out-of-service screen")
                .callback(cb -> cb.call(s.outOfService().get().isEmpty() ? 0 : 1)).register(registry);
        GaugeWithCallback.builder().name("kiosk_out_of_service_reason").help("1 for each reason the kiosk is out of service now")
                .labelNames("reason")
                .callback(cb -> {
                    Set<OutOfServiceReason> now = s.outOfService().get();
                    for (OutOfServiceReason r : OutOfServiceReason.values()) {
                        cb.call(now.contains(r) ? 1 : 0, r.name());
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("kiosk_offline").help("1 while the platform has not answered a heartbeat for three intervals")
                .callback(cb -> cb.call(s.platform().offline() ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("kiosk_platform_last_contact_timestamp_seconds")
                .help("When the platform last answered a heartbeat (Unix time; 0: not since start)")
                .callback(cb -> cb.call(s.platform().lastContactMillis() / 1000.0)).register(registry);
        GaugeWithCallback.builder().name("kiosk_restarts").help("Restarts of the kiosk application since the machine booted")
                .callback(cb -> cb.call(s.restartsSinceBoot().getAsInt())).register(registry);
        GaugeWithCallback.builder().name("kiosk_build_info").help("The kiosk's version").labelNames("version")
                .callback(cb -> cb.call(1, BoundedLabel.clean(s.version()))).register(registry);
    }

    private static PrometheusRegistry jvmMetrics() {
        PrometheusRegistry jvm = new PrometheusRegistry();
        JvmMetrics.builder().register(jvm);
        return jvm;
    }

    /** The registry the endpoint serves. */
    public PrometheusRegistry registry() {
        return registry;
    }

    /** Counts each device's falls from working to down, from now on (heard on the device's own thread). */
    public void watch(List<Device> devices) {
        for (Device d : devices) {
            deviceFaults.labelValues(d.id(), kind(d));
            d.addListener(new DeviceListener() {
                @Override
                public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
                    if (previous.state().isUsable() && (current.state() == zwfw.kiosk.drivers.device.DeviceState.OFFLINE
                            || current.state() == zwfw.kiosk.drivers.device.DeviceState.ERROR)) {
                        deviceFaults.labelValues(device.id(), kind(device)).inc();
                    }
                }
            });
        }
    }

    @Override
    public void changed(VisitChange change) {
        for (Milestone m : change.milestones()) {
            if (m instanceof Milestone.VisitStarted) {
                visitsStarted.inc();
            } else if (m instanceof Milestone.VisitEnded ended) {
                visits.labelValues(outcome(ended.reason())).inc();
            } else if (m instanceof Milestone.CaseFiled filed) {
                cases.labelValues(services.of(filed.serviceCode()), filed.state().name().toLowerCase(java.util.Locale.ROOT)).inc();
            } else if (m instanceof Milestone.EvaluationGiven given && given.level() >= 1 && given.level() <= 5) {
                evaluations.labelValues(String.valueOf(given.level())).inc();
            }
        }
    }

    static String outcome(Milestone.EndReason reason) {
        return switch (reason) {
            case DONE -> "completed";
            case ENDED_BY_CITIZEN -> "abandoned";
            case TIMEOUT -> "timed_out";
            case LOCKED -> "locked";
        };
    }

    private static String kind(Device d) {
        return d.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
