package zwfw.kiosk.core.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the platform answered the kiosk's last request, as every request of a {@link PlatformClient} finds it
 * (heartbeats every interval, deliveries, fetches). Unreachable: no connection or no answer in time (any HTTP
 * answer, an error too, means the platform is there). What needs the platform at once, such as a document printed on the spot (§9), is not
 * offered while unreachable. Starts reachable: the first heartbeat, sent as the kiosk starts, corrects it. Not the
 * metrics' {@code kiosk_offline}, which waits for three missed heartbeats ({@link zwfw.kiosk.core.metrics.PlatformContact}).
 */
public final class PlatformReach {
    private volatile boolean reachable = true;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();

    public boolean reachable() {
        return reachable;
    }

    /** Called on the thread of the request that changed it, with the new value; only on changes. */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Boolean> listener) {
        listeners.remove(listener);
    }

    /** The outcome of one request. */
    void record(PlatformResult<?> r) {
        boolean now = !(r instanceof PlatformResult.Failed<?> f) || f.error().kind() != PlatformError.Kind.NETWORK;
        set(now);
    }

    /** Sets it as observed elsewhere (tests, a kiosk told by staff). */
    public void set(boolean now) {
        if (now != reachable) {
            reachable = now;
            listeners.forEach(l -> l.accept(now));
        }
    }
}
