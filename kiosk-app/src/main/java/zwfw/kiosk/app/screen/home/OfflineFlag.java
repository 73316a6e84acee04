package zwfw.kiosk.app.screen.home;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import zwfw.kiosk.core.platform.PlatformReach;

/** The platform's reach as the screens see it, on the FX thread: true while the kiosk is offline. */
public final class OfflineFlag {
    private OfflineFlag() {
    }

    /** A property that follows {@code reach} from now on (changes arrive on request threads; set on the FX thread). */
    public static ReadOnlyBooleanProperty following(PlatformReach reach) {
        SimpleBooleanProperty offline = new SimpleBooleanProperty(!reach.reachable());
        reach.onChange(reachable -> Platform.runLater(() -> offline.set(!reachable)));
        return offline;
    }
}
