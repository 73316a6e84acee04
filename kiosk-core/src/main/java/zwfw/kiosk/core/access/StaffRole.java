package zwfw.kiosk.core.access;

import java.util.Locale;

/** What a staff PIN opens: technicians maintain the kiosk, administrators see its usage (separate PINs). */
public enum StaffRole {
    MAINTENANCE,
    ADMIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
