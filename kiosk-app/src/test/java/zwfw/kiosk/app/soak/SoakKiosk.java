package zwfw.kiosk.app.soak;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import zwfw.kiosk.app.KioskApplication;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedCodeScanner;
import zwfw.platform.sim.PlatformSimulator;

/**
 * The real kiosk application on a real JavaFX stage (Monocle headless): the shipped config/ with its data in a
 * temporary directory, simulated devices, the embedded platform simulator, and a clock the soak moves.
 */
public final class SoakKiosk implements AutoCloseable {
    /** The simulated card reader's delay between a card placed and read (the shipped demo waits 400 ms). */
    static final int READ_DELAY_MS = 20;
    /** The simulated A4 printer's raster (the demo's 100 dpi; 36 is its least). */
    static final int A4_DPI = 36;
    private final KioskApplication app;
    private final KioskConfig config;
    private final SoakClock clock;
    private final FxRobot robot = new FxRobot();

    private SoakKiosk(KioskApplication app, KioskConfig config, SoakClock clock) {
        this.app = app;
        this.config = config;
        this.clock = clock;
    }

    /** {@code fileLogging}: logs also to DATA_DIR/logs as the kiosk's launcher sets up (bin/soak), not in a test JVM. */
    public static SoakKiosk boot(Path temp, boolean fileLogging) throws Exception {
        KioskConfig shipped = soakConfig(temp);
        SoakClock clock = new SoakClock(shipped.zone());
        KioskConfig config = shipped.withClock(clock); // the whole kiosk's one clock, not only the screens'
        if (fileLogging) {
            zwfw.kiosk.core.privacy.logging.KioskLogging.startFileLogging(config.dataDir(), config.zone());
        }
        FxToolkit.registerPrimaryStage();
        // The kiosk's start (database, simulator, devices) may take longer than TestFX's 30 s on a busy machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(FxToolkit.toolkitContext().getSetupTimeoutInMillis(), 120_000));
        KioskApplication app = (KioskApplication) FxToolkit.setupApplication(() -> new KioskApplication(config, clock));
        SoakKiosk k = new SoakKiosk(app, config, clock);
        k.awaitScreen("attract");
        return k;
    }

    /**
     * The shipped config/ (data in {@code temp}) with the simulated devices' own waiting shortened: the soak has
     * no citizen taking seconds to place a card either, and the A4 "printer" renders its PNGs at its lowest
     * resolution (the kiosk still fetches, checks and sends every certificate; only the simulator's raster is smaller).
     */
    static KioskConfig soakConfig(Path temp) throws Exception {
        KioskUnderTest.config(temp, Map.of());
        Path yaml = temp.resolve("config").resolve("kiosk.yaml");
        String text = java.nio.file.Files.readString(yaml);
        if (!text.contains("readDelayMs: 400") || !text.contains("dpi: 100 ")) {
            throw new IllegalStateException("config/kiosk.yaml no longer has the simulated readDelayMs and A4 dpi the soak shortens");
        }
        java.nio.file.Files.writeString(yaml, text.replaceFirst("readDelayMs: 400", "readDelayMs: " + READ_DELAY_MS)
                .replaceFirst("dpi: 100 ", "dpi: " + A4_DPI + " "));
        return zwfw.kiosk.app.wiring.KioskDrivers.configLoader(Map.of()).load(temp.resolve("config"));
    }

    public KioskApplication app() {
        return app;
    }

    public Path dataDir() {
        return config.dataDir();
    }

    public KioskConfig config() {
        return config;
    }

    public SoakClock clock() {
        return clock;
    }

    public FxRobot robot() {
        return robot;
    }

    public SimulatedIdCardReader reader() {
        return app.assembly().device(SimulatedIdCardReader.class).orElseThrow();
    }

    public SimulatedPrinter printer() {
        return app.assembly().device(SimulatedPrinter.class).orElseThrow();
    }

    public SimulatedCodeScanner scanner() {
        return app.assembly().device(SimulatedCodeScanner.class).orElseThrow();
    }

    public PlatformSimulator platform() {
        return app.assembly().embeddedPlatform().orElseThrow();
    }

    public String screen() {
        return app.host().currentProperty().get();
    }

    /**
     * Waits until {@code name} is the current screen and one layout pulse has passed since: the screen is shown
     * and laid out, as the citizen would see it. (TestFX's waitForFxEvents sleeps 10 ms five times per call.)
     */
    public void awaitScreen(String name) {
        until(() -> name.equals(screen()));
        awaitLayoutPulse();
    }

    /**
     * Awaitility's defaults wait 100 ms before the first look and between looks: most of a visit's wall time
     * when it waits for five screens. A kiosk answers in milliseconds, so the soak looks every 2 ms.
     */
    public static void until(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).until(condition);
    }

    /** Runs {@code action} on the JavaFX thread (a touch on the screen), then waits for the layout pulse after it. */
    public void onFx(Runnable action) {
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(action).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        awaitLayoutPulse();
    }

    /** Returns once the scene has been laid out by a pulse that began after this call. */
    public void awaitLayoutPulse() {
        java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        });
        try {
            if (!laidOut.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("no layout pulse within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void touch(VisitEvent.Action action) {
        app.navigator().visit().accept(new VisitEvent.Touched(action));
    }

    public void accept(VisitEvent event) {
        app.navigator().visit().accept(event);
    }

    /**
     * TestFX records every event fired at its stage for as long as the stage is registered (FiredEvents): a
     * harness's reference that would grow with the soak and hold old screens. A fresh record drops it.
     */
    public static void forgetFiredEvents() {
        FxToolkitContext context = FxToolkit.toolkitContext();
        if (context.getRegisteredStage() != null) {
            context.setRegisteredStage(context.getRegisteredStage());
        }
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
