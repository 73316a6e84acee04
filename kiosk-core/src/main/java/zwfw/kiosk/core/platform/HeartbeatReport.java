package zwfw.kiosk.core.platform;

import java.util.List;

/** The body of {@code POST /api/v1/kiosks/{kioskId}/heartbeat}. */
public record HeartbeatReport(String at, String appVersion, long uptimeSeconds, int outboxDepth, String oldestQueuedAt,
                              List<DeviceReport> devices, UsageToday usageToday) {

    public record DeviceReport(String id, String kind, String state, String detail) {
    }

    public record UsageToday(int sessions, int casesSubmitted, int evaluations) {
    }
}
