package zwfw.kiosk.core.platform;

/** The platform's answer to a help request: its id and how long staff expect the citizen to wait. */
public record HelpTicket(String requestId, int estimatedWaitSeconds) {
}
