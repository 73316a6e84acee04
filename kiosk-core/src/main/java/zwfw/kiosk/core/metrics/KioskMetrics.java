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
import zwfw.kiosk.core.usage.VisitRecordListener;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * The kiosk's Prometheus metrics, in one registry: counts of visits fed from the usage's own records
 * of them ({@link VisitMetrics}), so the same events feed screen, reports and metrics alike,
 * device faults from the devices' own status changes, and at each scrape the devices' state, the
 * outbox, the service state, the platform contact and restarts; plus the JVM's metrics.
 * <p>
 * Labels hold no personal data and come from bounded sets: outcomes, results, levels 1–5 and
 * out-of-service reasons are enums; device ids and kinds come from the configuration; service codes
 * and device conditions are checked against a pattern and capped ({@link BoundedLabel}).
 */
public final class KioskMetrics {
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
    private final VisitMetrics visits;
    private final Counter deviceFaults;
    private final BoundedLabel conditions = new BoundedLabel("[A-Z0-9_]{1,32}", 50);

    public KioskMetrics(Sources sources) {
        visits = new VisitMetrics(registry);
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
                .callback(cb -> cb.call(s.platform().lostContact() ? 1 : 0)).register(registry);
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

    /** The counters of visits, told the usage store's own records ({@link zwfw.kiosk.core.usage.VisitRecords#tell}). */
    public VisitRecordListener visitRecords() {
        return visits;
    }

    private static String kind(Device d) {
        return d.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
