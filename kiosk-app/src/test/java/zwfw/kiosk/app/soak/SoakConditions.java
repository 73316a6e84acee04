package zwfw.kiosk.app.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;

/**
 * What happens around the visits over a kiosk's months, at fixed visit numbers so a run can be repeated: the
 * paper runs out and is refilled, staff lock the kiosk and unlock it, the ID card reader is unplugged and
 * plugged back, the platform is unreachable for a while (every request fails) and once restarts, the clock
 * passes midnight and now and then jumps back. With {@code faults}, the platform also fails some requests
 * all the time (errors, latency, dropped connections).
 */
public final class SoakConditions implements AutoCloseable {
    /** The faults of a --faults run: 5 % server errors, 2 % dropped connections, 30 ms latency. */
    public static final String FAULTS = "error=0.05,drop=0.02,latency=30";
    private static final int OFFLINE_VISITS = 5;

    private final SoakKiosk kiosk;
    private final Faults always;
    private final int restartAt;
    private final List<String> done = new ArrayList<>();
    private PlatformSimulator restarted;
    private int offlineUntil = -1;

    /**
     * {@code warmup}: the platform restarts half-way through the warm-up (half-way through the run without one).
     * Its step (a second simulator in this JVM with its own thread pool, the kiosk still holding the first, closed
     * one: ~15 MB of heap) is then behind the baseline, and what is judged is the kiosk after a platform restart.
     */
    public SoakConditions(SoakKiosk kiosk, boolean faults, int visits, int warmup) {
        this.kiosk = kiosk;
        this.always = faults ? Faults.parse(FAULTS) : Faults.none();
        this.restartAt = Math.max(1, warmup >= 2 ? warmup / 2 : visits / 2);
        platform().setFaults(always);
    }

    /** The platform the kiosk talks to now (a new one after the restart). */
    public PlatformSimulator platform() {
        return restarted != null ? restarted : kiosk.platform();
    }

    /** Before visit {@code n} (1-based). */
    public void before(int n) throws Exception {
        if (n % 40 == 0) {
            kiosk.printer().setPaper(PrinterStatus.Paper.OUT); // this citizen's receipt is shown as a QR code
        }
        if (n % 400 == 200) {
            platform().setFaults(Faults.parse("error=1.0"));
            offlineUntil = n + OFFLINE_VISITS;
            done.add("offline from visit " + n);
        }
        if (n == offlineUntil) {
            platform().setFaults(always);
        }
        if (n % 100 == 0) {
            kiosk.clock().jump(Duration.ofHours(6)); // past midnight every fourth time
        }
        if (n % 1000 == 500) {
            kiosk.clock().jump(Duration.ofMinutes(-10)); // a time sync sets the clock back
        }
    }

    /** After visit {@code n}, back on the attract screen. */
    public void after(int n) throws Exception {
        if (n % 40 == 0) {
            kiosk.printer().setPaper(PrinterStatus.Paper.OK); // staff refill the paper
        }
        if (n % 250 == 125) {
            onFx(() -> kiosk.app().navigator().service().staffLock("soak")).get(30, TimeUnit.SECONDS);
            SoakKiosk.until(() -> kiosk.app().navigator().isOutOfService());
            onFx(() -> kiosk.app().navigator().service().staffUnlock()).get(30, TimeUnit.SECONDS);
            SoakKiosk.until(() -> !kiosk.app().navigator().isOutOfService());
        }
        if (n % 300 == 150) {
            kiosk.reader().unplug();
            SoakKiosk.until(() -> kiosk.app().navigator().isOutOfService());
            kiosk.reader().plugBack();
            SoakKiosk.until(() -> !kiosk.app().navigator().isOutOfService());
        }
        if (n == restartAt) {
            restartPlatform();
        }
    }

    /** The platform goes down and comes back on the same port with its data (the kiosk's outbox retries meanwhile). */
    private void restartPlatform() {
        PlatformSimulator old = platform();
        int port = old.port();
        Path simDir = kiosk.dataDir().resolve("platform-sim");
        String secret = kiosk.config().secrets().platformSecret();
        old.close(); // the first one is closed again by the kiosk at its end, which does no harm
        restarted = PlatformSimulator.start(port, simDir, secret, kiosk.config().kioskId(), always);
        done.add("platform restarted after visit " + restartAt);
    }

    /** What happened besides the visits (offline periods, the restart). */
    public List<String> events() {
        return List.copyOf(done);
    }

    private static CompletableFuture<Void> onFx(java.util.function.Supplier<CompletableFuture<Void>> action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> action.get().whenComplete((v, e) -> {
            if (e != null) {
                done.completeExceptionally(e);
            } else {
                done.complete(null);
            }
        }));
        return done;
    }

    @Override
    public void close() {
        if (restarted != null) {
            restarted.close();
        }
    }
}
