package zwfw.kiosk.app.screen.staff;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** What maintenance staff can do on the kiosk's screen once the PIN is accepted. */
public interface StaffActions {

    /** Whether a staff lock holds now. */
    boolean staffLocked();

    /** Message keys of every out-of-service reason that holds now, in the order they are shown. */
    List<String> reasonKeys();

    /** Locks; completes on the FX thread once recorded, or fails (one-line message) when the record cannot be written. */
    CompletionStage<Void> lock();

    /** Unlocks; as {@link #lock()}. */
    CompletionStage<Void> unlock();
}
