package zwfw.kiosk.core.outbox;

import java.util.List;
import zwfw.kiosk.core.platform.HeartbeatCommand;
import zwfw.kiosk.core.platform.PlatformError;

/** What the delivery worker tells the rest of the kiosk. Called on the worker's thread. */
public interface OutboxListener {
    default void delivered(OutboxEntry entry) {
    }

    default void rejected(OutboxEntry entry, PlatformError error) {
    }

    /** 401, 403 or 409: staff must act (wrong secret, kiosk switched off, conflicting case). */
    default void operatorAlert(OutboxEntry entry, PlatformError error) {
    }

    default void heartbeatCommands(List<HeartbeatCommand> commands) {
    }

    OutboxListener NONE = new OutboxListener() {
    };
}
