package zwfw.kiosk.app.systemd;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.lifecycle.RestartRequest;

/**
 * The kiosk under systemd (deploy/systemd/zwfw-kiosk.service), started once the attract screen
 * shows: writes {@code DATA_DIR/run/ready} (this process's id, for deploy's kiosk-start, which
 * goes back to the previous version when it never appears), sends READY=1, pets the watchdog while
 * the JavaFX thread answers ({@link UiWatchdog}), and restarts the kiosk when a
 * {@link RestartRequest} comes while no citizen is in a visit. Outside systemd only the ready file
 * and the restart request apply.
 */
public final class KioskSupervision implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskSupervision.class);
    static final Duration REQUEST_POLL = Duration.ofSeconds(2);

    private final SdNotify notify;
    private final UiWatchdog watchdog;
    private final RestartRequest restartRequest;
    private final ScheduledExecutorService requests;

    private KioskSupervision(SdNotify notify, UiWatchdog watchdog, RestartRequest restartRequest) {
        this.notify = notify;
        this.watchdog = watchdog;
        this.restartRequest = restartRequest;
        this.requests = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "restart-request");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reports the kiosk ready and starts watching.
     *
     * @param idle     true while no citizen is in a visit; asked on the UI thread
     * @param uiThread runs a task on the UI thread ({@code Platform::runLater})
     * @param exit     ends the kiosk so systemd starts it again ({@code Platform::exit}); on the UI thread
     */
    public static KioskSupervision ready(Path dataDir, Map<String, String> env, BooleanSupplier idle,
                                         Consumer<Runnable> uiThread, Runnable exit) {
        SdNotify notify = SdNotify.from(env);
        UiWatchdog watchdog = SdNotify.watchdogTimeout(env).filter(t -> notify.enabled())
                .map(t -> new UiWatchdog(notify, UiWatchdog.periodFor(t), uiThread)).orElse(null);
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        KioskSupervision s = new KioskSupervision(notify, watchdog, new RestartRequest(dataDir, started));
        s.writeReadyFile(dataDir);
        notify.ready("attract screen showing");
        if (watchdog != null) {
            watchdog.start();
        }
        s.requests.scheduleWithFixedDelay(() -> s.checkRestartRequest(idle, uiThread, exit),
                REQUEST_POLL.toMillis(), REQUEST_POLL.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    private void writeReadyFile(Path dataDir) {
        try {
            Path run = dataDir.resolve("run");
            Files.createDirectories(run);
            Path temp = run.resolve("ready.tmp");
            Files.writeString(temp, Long.toString(ProcessHandle.current().pid()));
            Files.move(temp, run.resolve("ready"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("ready file not written: {}", e.toString());
        }
    }

    private void checkRestartRequest(BooleanSupplier idle, Consumer<Runnable> uiThread, Runnable exit) {
        String reason = restartRequest.pending();
        if (reason == null) {
            return;
        }
        uiThread.accept(() -> {
            // Asked on the UI thread, where a visit starts; the file is cleared off it (no disk I/O there).
            if (idle.getAsBoolean()) {
                requests.execute(() -> {
                    log.info("restarting while idle: {}", reason);
                    restartRequest.clear();
                    notify.stopping();
                    exit.run();
                });
            }
        });
    }

    @Override
    public void close() {
        requests.shutdownNow();
        if (watchdog != null) {
            watchdog.close();
        }
        notify.close();
    }
}
