package zwfw.kiosk.app.screen.staff;

import java.util.List;

/** What maintenance staff can do on the kiosk's screen once the PIN is accepted. */
public interface StaffActions {

    /** Whether a staff lock holds now. */
    boolean staffLocked();

    /** Message keys of every out-of-service reason that holds now, in the order they are shown. */
    List<String> reasonKeys();

    void lock();

    void unlock();
}
