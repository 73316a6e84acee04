package zwfw.kiosk.app.screen.admin;

import java.time.LocalDate;
import zwfw.kiosk.core.usage.UsageFigures;

/** Where the admin screen's figures come from; called off the FX thread (it reads the database). */
public interface UsageFiguresSource {
    /** The figures of days {@code from} to {@code to}, both included, in the configured zone. */
    UsageFigures figures(LocalDate from, LocalDate to);

    /** Today in the configured zone. */
    LocalDate today();
}
