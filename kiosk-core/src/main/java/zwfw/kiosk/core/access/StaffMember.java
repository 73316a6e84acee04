package zwfw.kiosk.core.access;

/** A member of staff as the screen and the audit log know them: a display name and a role, never the PIN. */
public record StaffMember(String displayName, StaffRole role) {
}
