package zwfw.kiosk.core.heartbeat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.platform.HeartbeatReport;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.drivers.device.Device;

/**
 * Tells the platform, every {@code platform.heartbeatSeconds}, how this kiosk is: devices and
 * their conditions, outbox depth and oldest age, today's usage. The report goes through the
 * outbox like everything else (only the newest waiting one is kept); the platform's answer
 * (RELOAD_CATALOG, LOCK, UNLOCK) reaches the {@code OutboxListener} given to the delivery worker.
 */
public final class HeartbeatReporter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HeartbeatReporter.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final Supplier<List<Device>> devices;
    private final UsageToday usage;
    private final String appVersion;
    private final Clock clock;
    private final long startedAtMillis;
    private ScheduledExecutorService timer;
    private volatile IntSupplier restarts;

    public HeartbeatReporter(Outbox outbox, Supplier<List<Device>> devices, UsageToday usage, String appVersion, Clock clock) {
        this.outbox = outbox;
        this.devices = devices;
        this.usage = usage;
        this.appVersion = appVersion;
        this.clock = clock;
        this.startedAtMillis = clock.millis();
    }

    /** The report as of now. */
    public HeartbeatReport report() {
        OutboxStatus status = outbox.status();
        List<HeartbeatReport.DeviceReport> deviceReports = devices.get().stream()
                .map(d -> new HeartbeatReport.DeviceReport(d.id(), d.kind().name(), d.status().reportedState(), d.status().detail()))
                .toList();
        return new HeartbeatReport(
                OffsetDateTime.ofInstant(clock.instant(), CHINA).withNano(0).toString(),
                appVersion,
                (clock.millis() - startedAtMillis) / 1000,
                status.depth(),
                status.oldestQueuedAt() == null ? null
                        : OffsetDateTime.ofInstant(status.oldestQueuedAt(), CHINA).withNano(0).toString(),
                deviceReports,
                usage.snapshot(),
                restarts == null ? null : restarts.getAsInt());
    }

    /** From now on the reports carry {@code restarts} (application restarts since boot, contract §6). */
    public void reportRestarts(IntSupplier restartsSinceBoot) {
        this.restarts = restartsSinceBoot;
    }

    /** Commits a heartbeat to the outbox now. */
    public void sendNow() {
        outbox.enqueueHeartbeat(report());
    }

    /** Sends one at once and then every {@code interval}, on a daemon thread. */
    public synchronized void start(Duration interval) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                sendNow();
            } catch (RuntimeException e) {
                log.warn("heartbeat not committed: {}", e.toString());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
