package zwfw.kiosk.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread runs the kiosk's own code without a break, by sampling its
 * stack every millisecond: a sample counts as ours when a {@code zwfw.kiosk} frame is on the
 * stack and the thread is not in a pulse's CSS, layout or rendering (those are JavaFX's work on
 * our scene graph, measured elsewhere). A run of consecutive "ours" samples is one stretch; the
 * longest stretch between two {@link #mark() marks} (screen changes) is what the screen could not
 * answer for. Works on any version of the code, so the same figure is comparable before and
 * after a change.
 */
public final class FxThreadSampler implements AutoCloseable {
    private static final String[] NOT_OURS = {
        "javafx.scene.Scene$ScenePulseListener.pulse", "javafx.scene.Node.processCSS", "javafx.scene.Node.applyCss",
        "javafx.scene.Parent.layout", "javafx.scene.Scene.doCSSPass", "javafx.scene.Scene.doLayoutPass",
    };
    private final Thread fx;
    private final Thread sampler;
    private final List<Double> perWindowMaxMillis = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;
    private long windowMaxNanos;
    private long stretchStart = -1;
    private long lastOurs = -1;
    private long samples;
    private long oursSamples;

    private FxThreadSampler(Thread fx) {
        this.fx = fx;
        this.sampler = new Thread(this::run, "fx-thread-sampler");
        sampler.setDaemon(true);
        sampler.setPriority(Thread.MAX_PRIORITY);
        sampler.start();
    }

    public static FxThreadSampler start() throws Exception {
        CompletableFuture<Thread> t = new CompletableFuture<>();
        Platform.runLater(() -> t.complete(Thread.currentThread()));
        return new FxThreadSampler(t.get(10, TimeUnit.SECONDS));
    }

    private void run() {
        while (running) {
            StackTraceElement[] stack = fx.getStackTrace();
            long now = System.nanoTime();
            boolean ours = isOurs(stack);
            synchronized (this) {
                samples++;
                if (ours) {
                    oursSamples++;
                    if (stretchStart < 0) {
                        stretchStart = now;
                    }
                    lastOurs = now;
                    windowMaxNanos = Math.max(windowMaxNanos, lastOurs - stretchStart + 1_000_000); // + one sample period
                } else {
                    stretchStart = -1;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    static boolean isOurs(StackTraceElement[] stack) {
        boolean ours = false;
        for (StackTraceElement e : stack) {
            String frame = e.getClassName() + "." + e.getMethodName();
            for (String n : NOT_OURS) {
                if (frame.equals(n)) {
                    return false;
                }
            }
            if (e.getClassName().startsWith("zwfw.kiosk.") && !e.getClassName().startsWith("zwfw.kiosk.app.bench.")) {
                ours = true;
            }
        }
        return ours;
    }

    /** Closes the current window (one screen change) and records its longest stretch. */
    public synchronized void mark() {
        perWindowMaxMillis.add(windowMaxNanos / 1e6);
        windowMaxNanos = 0;
    }

    /** Longest stretch of each window so far, in milliseconds. */
    public List<Double> windows() {
        synchronized (perWindowMaxMillis) {
            return new ArrayList<>(perWindowMaxMillis);
        }
    }

    public synchronized String summary() {
        List<Double> w = windows();
        Collections.sort(w);
        if (w.isEmpty()) {
            return "no screen changes";
        }
        return String.format("%d screen changes: longest FX-thread stretch in our code per change median %.1f ms, p95 %.1f ms, max %.1f ms (%d samples, %.1f%% ours)",
                w.size(), w.get(w.size() / 2), w.get((int) Math.ceil(w.size() * 0.95) - 1), w.get(w.size() - 1), samples,
                100.0 * oursSamples / Math.max(1, samples));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(1000);
    }
}
