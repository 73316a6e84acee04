package zwfw.kiosk.core.platform;

/**
 * {@code GET /api/v1/kiosks/{kioskId}/help/{requestId}} (contract §10).
 *
 * @param status    {@code WAITING}, {@code ANSWERED} or {@code CLOSED}
 * @param message   staff's message to show ({@code {"zh","en"}}), null until answered
 * @param staffName the answering staff's display name, null until answered
 */
public record HelpStatus(String requestId, String status, Message message, String staffName, String updatedAt) {

    /** Staff's answer in both languages. */
    public record Message(String zh, String en) {
    }
}
