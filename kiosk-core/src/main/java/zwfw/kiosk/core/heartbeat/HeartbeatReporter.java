package zwfw.kiosk.core.heartbeat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.form.TextLimits;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.platform.HeartbeatCommand;
import zwfw.kiosk.core.platform.HeartbeatReport;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.drivers.device.Device;

/**
 * Tells the platform, every {@code platform.heartbeatSeconds}, how this kiosk is (contract section 6):
 * devices and their conditions, outbox depth and oldest age, today's usage, with times in the
 * configured zone. Only the latest heartbeat matters, so it does not queue behind cases: it is sent
 * straight through the {@link PlatformClient} on its own thread whatever the outbox is doing, and a
 * heartbeat that fails is simply replaced by the next one. The platform's commands in the answer
 * (RELOAD_CATALOG, LOCK, UNLOCK, RESTART) go to {@link OutboxListener#heartbeatCommands}, so a LOCK
 * takes effect within one interval even while a case backs off for minutes.
 */
public final class HeartbeatReporter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HeartbeatReporter.class);
    /** Contract §1: the platform's error code for a request whose timestamp is more than 300 s off its clock. */
    static final String TIMESTAMP_SKEW = "TIMESTAMP_SKEW";

    private final PlatformClient client;
    private final Outbox outbox;
    private final Supplier<List<Device>> devices;
    private final UsageToday usage;
    private final String appVersion;
    private final OutboxListener listener;
    private final Clock clock;
    private final long startedAtMillis;
    private ScheduledExecutorService timer;
    private volatile IntSupplier restarts;
    private volatile IntSupplier helpWaiting;
    private volatile java.util.function.Consumer<Boolean> reachability = reachable -> { };

    /**
     * @param clock the configured clock ({@code KioskConfig.clock()}): its zone is the zone of the times sent
     */
    public HeartbeatReporter(PlatformClient client, Outbox outbox, Supplier<List<Device>> devices, UsageToday usage,
                             String appVersion, OutboxListener listener, Clock clock) {
        this.client = client;
        this.outbox = outbox;
        this.devices = devices;
        this.usage = usage;
        this.appVersion = appVersion;
        this.listener = listener == null ? OutboxListener.NONE : listener;
        this.clock = clock;
        this.startedAtMillis = clock.millis();
    }

    /** Reports the count of open help requests ({@code helpWaiting}, contract §6) from now on. */
    public void reportHelpWaiting(IntSupplier openHelpRequests) {
        this.helpWaiting = openHelpRequests;
    }

    /** The report as of now. */
    public HeartbeatReport report() {
        OutboxStatus status = outbox.status();
        List<HeartbeatReport.DeviceReport> deviceReports = devices.get().stream()
                .map(d -> new HeartbeatReport.DeviceReport(d.id(), d.kind().name(), d.status().reportedState(),
                        TextLimits.cut(d.status().detail(), TextLimits.TEXT_MAX_CHARS))) // §1: the platform refuses a longer text
                .toList();
        return new HeartbeatReport(
                text(clock.instant()),
                appVersion,
                (clock.millis() - startedAtMillis) / 1000,
                status.depth(),
                status.oldestQueuedAt() == null ? null : text(status.oldestQueuedAt()),
                deviceReports,
                usage.snapshot(),
                restarts == null ? null : restarts.getAsInt(),
                helpWaiting == null ? null : helpWaiting.getAsInt());
    }

    /** Tells {@code reachable} after every heartbeat whether the platform answered (the usage store's offline periods). */
    public void onPlatformReachable(java.util.function.Consumer<Boolean> reachable) {
        this.reachability = reachable;
    }

    /** From now on the reports carry {@code restarts} (application restarts since boot, contract §6). */
    public void reportRestarts(IntSupplier restartsSinceBoot) {
        this.restarts = restartsSinceBoot;
    }

    private String text(Instant at) {
        return OffsetDateTime.ofInstant(at, clock.getZone()).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Sends one heartbeat now, on the caller's thread, and hands the answer's commands to the listener.
     * A failure is logged and forgotten: the next heartbeat carries fresher news anyway.
     *
     * @return whether the platform took it
     */
    public boolean sendNow() {
        PlatformResult<List<HeartbeatCommand>> r = client.heartbeat(PlatformClient.encode(report()));
        boolean answered = r instanceof PlatformResult.Ok || TIMESTAMP_SKEW.equals(r.error().code());
        reachability.accept(answered);
        if (!(r instanceof PlatformResult.Ok<List<HeartbeatCommand>> ok)) {
            if (TIMESTAMP_SKEW.equals(r.error().code())) {
                log.warn("the platform refuses this kiosk's clock (more than 300 s off): out of service until the time is right; check time sync");
                listener.platformClock(true);
            } else {
                log.info("heartbeat not delivered ({}); the next one replaces it", r.error().summary());
            }
            return false;
        }
        listener.platformClock(false);
        if (!ok.value().isEmpty()) {
            log.info("platform commands in the heartbeat answer: {}",
                    ok.value().stream().map(HeartbeatCommand::type).toList());
            listener.heartbeatCommands(ok.value());
        }
        return true;
    }

    /** Sends one at once and then every {@code interval}, on its own daemon thread. */
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
                // Never let one bad heartbeat stop the schedule (a scheduled task that throws is not run again).
                log.warn("heartbeat failed: {}", e.toString());
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
