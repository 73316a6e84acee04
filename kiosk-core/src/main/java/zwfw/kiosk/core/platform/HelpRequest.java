package zwfw.kiosk.core.platform;

/**
 * The body of {@code POST /api/v1/kiosks/{kioskId}/help} (contract §10): where the citizen is stuck, never who they
 * are. The same bytes are resent on a retry, so the platform sees one request.
 *
 * @param clientRequestId a fresh UUID per call for help (the platform's idempotency key)
 * @param at              when the citizen asked, ISO-8601 in the configured zone
 * @param screen          the screen's id (at most 200 characters)
 * @param serviceCode     the service being filed, or null (e.g. on the service list)
 * @param language        {@code zh} or {@code en}
 * @param elderly         whether 长辈版 is on
 */
public record HelpRequest(String clientRequestId, String at, String screen, String serviceCode, String language,
                          boolean elderly) {
}
