package zwfw.platform.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Nonces seen within the replay window (10 minutes), per kiosk; kept in memory. */
final class NonceLedger {
    static final long WINDOW_MS = 10 * 60 * 1000L;

    private record Seen(String key, long at) {
    }

    private final Set<String> keys = new HashSet<>();
    private final Deque<Seen> order = new ArrayDeque<>();

    /** Records the nonce; false when it was already seen within the window. */
    synchronized boolean firstUse(String kioskId, String nonce, long nowMs) {
        while (!order.isEmpty() && order.peekFirst().at < nowMs - WINDOW_MS) {
            keys.remove(order.removeFirst().key);
        }
        String key = kioskId + "\n" + nonce;
        if (!keys.add(key)) {
            return false;
        }
        order.addLast(new Seen(key, nowMs));
        return true;
    }
}
