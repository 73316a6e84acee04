package zwfw.kiosk.app;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.demo.DemoKeys;
import zwfw.kiosk.app.font.KioskFonts;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.KioskNavigator;
import zwfw.kiosk.app.screen.ScreenHost;
import zwfw.kiosk.app.systemd.KioskSupervision;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.input.pinyin.PinyinDictionary;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.config.UiSettings;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.lifecycle.RestartRequest;
import zwfw.kiosk.core.platform.HeartbeatCommand;

/**
 * The kiosk window. The back end and devices are built in {@link #init()}, off the FX thread;
 * the window is undecorated, full screen (or sized to the screen where no window manager honours
 * full screen), on top, cannot be closed or left with a key, and hides the cursor unless
 * {@code ui.showCursor} is set.
 */
public class KioskApplication extends Application {
    private static final Logger log = LoggerFactory.getLogger(KioskApplication.class);
    private static volatile KioskConfig launchConfig;

    private final KioskConfig config;
    private final Clock clock;
    private volatile KioskAssembly assembly;
    private volatile Exception startFailure;
    private volatile KioskNavigator navigator;
    private ScreenHost host;
    private Stage stage;
    private volatile KioskSupervision supervision;
    private volatile zwfw.kiosk.app.wiring.KioskMetricsWiring metrics;
    private final zwfw.kiosk.core.metrics.PlatformContact platformContact;
    private boolean stopped;

    /** The constructor JavaFX calls after {@link #launchWith(KioskConfig)}. */
    public KioskApplication() {
        this(Objects.requireNonNull(launchConfig, "start the kiosk through KioskLauncher"),
                launchConfig.clock()); // the configured zone, never the machine's
    }

    /** For tests and benchmarks, which hand the application to the toolkit themselves. */
    public KioskApplication(KioskConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.platformContact = zwfw.kiosk.app.wiring.KioskMetricsWiring.platformContact(config);
    }

    /** Starts JavaFX with this configuration; returns when the kiosk stops. */
    public static void launchWith(KioskConfig config) {
        launchConfig = config;
        Application.launch(KioskApplication.class);
    }

    @Override
    public void init() {
        FxThreadGuard.logUnlessWatched();
        // The screen's font and stylesheet load on a second core while this thread builds the back end (start-up to
        // the attract screen is mostly single-threaded class loading); start() then finds the font loaded.
        Thread screenWarmUp = new Thread(KioskApplication::warmUpScreen, "screen-warm-up");
        screenWarmUp.setDaemon(true);
        screenWarmUp.start();
        try {
            assembly = KioskAssembly.start(config, new ScreenOutboxListener());
        } catch (Exception e) {
            // The window still opens, out of service, so the citizen is sent to the staffed hall.
            startFailure = e;
            log.error("kiosk back end did not start: {}", e.getMessage());
        }
        try {
            screenWarmUp.join(); // on the launcher thread, not the FX thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads the font and parses the stylesheet once (JavaFX parses it again for the scene, then with its classes loaded). */
    private static void warmUpScreen() {
        try {
            KioskFonts.load();
            new javafx.css.CssParser().parse(Objects.requireNonNull(KioskApplication.class.getResource("kiosk.css")));
        } catch (java.io.IOException | RuntimeException e) {
            log.debug("screen warm-up: {}", e.toString()); // start() loads the font itself and reports a failure there
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        KioskFonts.load();
        UiSettings ui = config.ui();
        Messages messages = new Messages(config.locale());
        host = new ScreenHost();
        navigator = new KioskNavigator(host, messages, config, assembly, clock);

        Rectangle2D bounds = javafx.stage.Screen.getPrimary().getBounds();
        Scene scene = new Scene(host.root(), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(KioskApplication.class.getResource("kiosk.css")).toExternalForm());
        if (!ui.showCursor()) {
            scene.setCursor(Cursor.NONE);
        }
        if (!primary.isShowing()) {
            try {
                primary.initStyle(StageStyle.UNDECORATED);
            } catch (IllegalStateException e) {
                // A stage handed over by a test harness may have been shown before; its style is fixed.
                log.debug("stage style already set");
            }
        }
        primary.setTitle(config.kioskName());
        primary.setScene(scene);
        primary.setX(bounds.getMinX());
        primary.setY(bounds.getMinY());
        primary.setWidth(bounds.getWidth());
        primary.setHeight(bounds.getHeight());
        primary.setAlwaysOnTop(ui.alwaysOnTop());
        primary.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        primary.setFullScreenExitHint("");
        primary.setOnCloseRequest(e -> e.consume());
        // Nothing leaves the kiosk window: a minimised or un-fullscreened window (a window manager, a key) comes back.
        primary.iconifiedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(() -> primary.setIconified(false));
            }
        });
        if (ui.fullScreen()) {
            primary.fullScreenProperty().addListener((o, was, now) -> {
                if (!now) {
                    Platform.runLater(() -> primary.setFullScreen(true));
                }
            });
        }

        navigator.watch(scene);
        if (startFailure != null || assembly == null) {
            navigator.service().startFailed();
        } else {
            navigator.connectDevices();
            startMetrics();
            DemoKeys demo = new DemoKeys(assembly);
            if (demo.applies()) {
                demo.install(scene);
                host.addOverlay(demo.receiptPanel());
            }
        }
        primary.show();
        if (ui.fullScreen()) {
            primary.setFullScreen(true);
        }
        // The benchmark reads this line: the time from JVM start to the attract screen on the window.
        long sinceStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(); // a duration: no clock
        log.info("kiosk window open on the attract screen {} ms after JVM start", sinceStart);
        // The on-screen keyboard's pinyin dictionary (~0.4 s of CPU) loads in the background from now on: not needed for
        // the attract screen, and ready long before a citizen reaches a form (the keyboard waits for it if not).
        PinyinDictionary.shipped();
        // systemd: READY=1 now, WATCHDOG=1 while this thread answers, restart when asked and idle.
        supervision = KioskSupervision.ready(config.dataDir(), System.getenv(),
                () -> navigator.visit().state().noCitizen(), Platform::runLater, Platform::exit);
    }

    @Override
    public void stop() {
        FxThreadGuard.stopping();
        KioskSupervision s = supervision;
        if (s != null) {
            s.close();
        }
        KioskNavigator nav = navigator;
        if (nav != null) {
            nav.close();
        }
        synchronized (this) {
            stopped = true;
            if (metrics != null) {
                metrics.close();
            }
        }
        KioskAssembly a = assembly;
        if (a != null) {
            a.close();
        }
    }

    /** The back end, or null when it failed to start. */
    public KioskAssembly assembly() {
        return assembly;
    }

    public KioskNavigator navigator() {
        return navigator;
    }

    public ScreenHost host() {
        return host;
    }

    public Stage stage() {
        return stage;
    }

    /** The platform's RESTART: the kiosk restarts as soon as no citizen is in a visit (contract §6). */
    private void requestRestart() {
        try {
            new RestartRequest(config.dataDir(), java.time.Instant.EPOCH).request("platform RESTART");
            log.info("platform asked for a restart: done when no citizen is in a visit");
        } catch (java.io.IOException e) {
            log.warn("platform RESTART not recorded: {}", e.toString());
        }
    }

    /** The metrics endpoint, if configured, started off the FX thread (it binds a socket); fed by the visit records. */
    private void startMetrics() {
        KioskAssembly a = assembly;
        zwfw.kiosk.core.usage.VisitRecords visits = navigator.visitRecords().orElseThrow(); // the back end is there
        Thread starter = new Thread(() -> {
            zwfw.kiosk.app.wiring.KioskMetricsWiring m = zwfw.kiosk.app.wiring.KioskMetricsWiring.start(a, visits, platformContact).orElse(null);
            synchronized (this) {
                if (stopped && m != null) {
                    m.close();
                } else {
                    metrics = m;
                }
            }
        }, "metrics-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** The metrics endpoint once it runs (tests read its port). */
    public java.util.Optional<zwfw.kiosk.app.wiring.KioskMetricsWiring> metrics() {
        return java.util.Optional.ofNullable(metrics);
    }

    private final class ScreenOutboxListener implements OutboxListener {
        @Override
        public void platformClock(boolean wrong) {
            platformContact.answered(); // the platform answered a heartbeat: online, for the metrics
            KioskNavigator nav = navigator;
            if (nav != null) {
                Platform.runLater(() -> nav.service().clockWrong(wrong));
            }
        }

        /**
         * Platform LOCK / UNLOCK commands set and lift the platform's own lock (staff locks stay), on the FX thread;
         * RESTART asks for a restart once no citizen is in a visit.
         */
        @Override
        public void heartbeatCommands(List<HeartbeatCommand> commands) {
            KioskNavigator nav = navigator;
            if (nav == null) {
                return;
            }
            for (HeartbeatCommand c : commands) {
                if (HeartbeatCommand.LOCK.equals(c.type())) {
                    Platform.runLater(() -> nav.service().platformLock(c.reason()));
                } else if (HeartbeatCommand.UNLOCK.equals(c.type())) {
                    Platform.runLater(() -> nav.service().platformUnlock());
                } else if (HeartbeatCommand.RESTART.equals(c.type())) {
                    requestRestart(); // on the heartbeat's thread: a small file write, never on the screen's
                }
            }
        }
    }
}
