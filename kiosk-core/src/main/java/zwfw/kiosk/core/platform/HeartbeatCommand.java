package zwfw.kiosk.core.platform;

/**
 * A command in a heartbeat answer: {@code RELOAD_CATALOG}, {@code LOCK} (with a reason), {@code UNLOCK},
 * or (contract revision 2026-11-29) {@code RESTART}: restart the application once no citizen is in a visit.
 */
public record HeartbeatCommand(String type, String reason) {
    public static final String RELOAD_CATALOG = "RELOAD_CATALOG";
    public static final String LOCK = "LOCK";
    public static final String UNLOCK = "UNLOCK";
    public static final String RESTART = "RESTART";
}
