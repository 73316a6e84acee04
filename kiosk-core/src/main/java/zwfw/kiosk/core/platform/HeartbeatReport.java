package zwfw.kiosk.core.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of {@code POST /api/v1/kiosks/{kioskId}/heartbeat}. {@code restarts} (contract §6,
 * revision 2026-11-29: application restarts since the machine booted) is left out when null.
 */
public record HeartbeatReport(String at, String appVersion, long uptimeSeconds, int outboxDepth, String oldestQueuedAt,
                              List<DeviceReport> devices, UsageToday usageToday,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer restarts) {

    public HeartbeatReport(String at, String appVersion, long uptimeSeconds, int outboxDepth, String oldestQueuedAt,
                           List<DeviceReport> devices, UsageToday usageToday) {
        this(at, appVersion, uptimeSeconds, outboxDepth, oldestQueuedAt, devices, usageToday, null);
    }

    public record DeviceReport(String id, String kind, String state, String detail) {
    }

    public record UsageToday(int sessions, int casesSubmitted, int evaluations) {
    }
}
