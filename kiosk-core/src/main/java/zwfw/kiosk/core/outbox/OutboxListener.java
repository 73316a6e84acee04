package zwfw.kiosk.core.outbox;

import java.util.List;
import zwfw.kiosk.core.platform.HeartbeatCommand;
import zwfw.kiosk.core.platform.PlatformError;

/**
 * What the delivery worker and the heartbeat tell the rest of the kiosk. Called on the worker's
 * thread, except {@link #heartbeatCommands}, called on the heartbeat's own thread.
 */
public interface OutboxListener {
    default void delivered(OutboxEntry entry) {
    }

    default void rejected(OutboxEntry entry, PlatformError error) {
    }

    /** 401, 403 or 409: staff must act (wrong secret, kiosk switched off, conflicting case). */
    default void operatorAlert(OutboxEntry entry, PlatformError error) {
    }

    /** The commands of a heartbeat answer (RELOAD_CATALOG, LOCK, UNLOCK, RESTART), in the platform's order. */
    default void heartbeatCommands(List<HeartbeatCommand> commands) {
    }

    /**
     * After each heartbeat: whether the platform refused it for the kiosk's clock ({@code TIMESTAMP_SKEW},
     * true) or took it (false). Not called when the heartbeat failed for another reason (network down).
     */
    default void platformClock(boolean wrong) {
    }

    OutboxListener NONE = new OutboxListener() {
    };
}
