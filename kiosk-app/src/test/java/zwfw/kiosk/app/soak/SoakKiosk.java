package zwfw.kiosk.app.soak;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.util.WaitForAsyncUtils;
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
        KioskConfig config = KioskUnderTest.config(temp, Map.of());
        if (fileLogging) {
            zwfw.kiosk.core.privacy.logging.KioskLogging.startFileLogging(config.dataDir());
        }
        SoakClock clock = new SoakClock(config.zone());
        FxToolkit.registerPrimaryStage();
        // The kiosk's start (database, simulator, devices) may take longer than TestFX's 30 s on a busy machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(FxToolkit.toolkitContext().getSetupTimeoutInMillis(), 120_000));
        KioskApplication app = (KioskApplication) FxToolkit.setupApplication(() -> new KioskApplication(config, clock));
        SoakKiosk k = new SoakKiosk(app, config, clock);
        k.awaitScreen("attract");
        return k;
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

    public void awaitScreen(String name) {
        await().atMost(Duration.ofSeconds(60)).until(() -> name.equals(screen()));
        WaitForAsyncUtils.waitForFxEvents();
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
