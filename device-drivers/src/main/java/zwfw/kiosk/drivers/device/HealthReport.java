package zwfw.kiosk.drivers.device;

import java.util.Map;

/** The answer to {@link Device#checkHealth()}: usable or not, why, and a few non-personal facts for staff. */
public record HealthReport(boolean healthy, DeviceStatus status, String summary, Map<String, String> facts) {

    public HealthReport {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
