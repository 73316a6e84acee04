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

    /** Whether the nonce was seen within the window, without recording it (checked before the body is read). */
    synchronized boolean seen(String kioskId, String nonce, long nowMs) {
        forgetOlderThan(nowMs - WINDOW_MS);
        return keys.contains(kioskId + "\n" + nonce);
    }

    /** Records the nonce; false when it was already seen within the window. */
    synchronized boolean firstUse(String kioskId, String nonce, long nowMs) {
        forgetOlderThan(nowMs - WINDOW_MS);
        String key = kioskId + "\n" + nonce;
        if (!keys.add(key)) {
            return false;
        }
        order.addLast(new Seen(key, nowMs));
        return true;
    }

    private void forgetOlderThan(long ms) {
        while (!order.isEmpty() && order.peekFirst().at < ms) {
            keys.remove(order.removeFirst().key);
        }
    }
}
