package zwfw.kiosk.app;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.io.BlockingCalls;

/**
 * The JavaFX thread never waits on a device, the database or the network: every such call checks
 * {@link BlockingCalls}, and this declares the FX thread forbidden. The running kiosk logs each
 * offending call once (the stack at debug level); tests install a policy that fails them.
 */
public final class FxThreadGuard {
    private static final Logger log = LoggerFactory.getLogger(FxThreadGuard.class);
    private static final Set<String> logged = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;

    private FxThreadGuard() {
    }

    /** Logs blocking calls on the FX thread, unless a test already watches them. */
    public static void logUnlessWatched() {
        if (!BlockingCalls.watching()) {
            report(v -> {
                if (logged.add(v.kind() + " " + v.call())) {
                    log.warn("blocking {} call '{}' on the JavaFX thread: the screen waits for it", v.kind(), v.call());
                    log.debug("where: {}", v);
                }
            });
        }
    }

    /** Sends every blocking call made on the FX thread to {@code report}. */
    public static void report(Consumer<BlockingCalls.Violation> report) {
        stopping = false;
        BlockingCalls.forbidOn(t -> !stopping && Platform.isFxApplicationThread(), report);
    }

    /**
     * The application is stopping: JavaFX calls {@code stop()} on its own thread, and closing the
     * devices and the database there is right, since no screen is left to answer.
     */
    public static void stopping() {
        stopping = true;
    }
}
