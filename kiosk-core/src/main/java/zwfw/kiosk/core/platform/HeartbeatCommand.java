package zwfw.kiosk.core.platform;

/** A command in a heartbeat answer: {@code RELOAD_CATALOG}, {@code LOCK} (with a reason) or {@code UNLOCK}. */
public record HeartbeatCommand(String type, String reason) {
    public static final String RELOAD_CATALOG = "RELOAD_CATALOG";
    public static final String LOCK = "LOCK";
    public static final String UNLOCK = "UNLOCK";
}
