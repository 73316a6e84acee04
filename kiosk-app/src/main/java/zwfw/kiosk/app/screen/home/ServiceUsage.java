package zwfw.kiosk.app.screen.home;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How often each service was started on this kiosk since it started, so the most used come first. */
public final class ServiceUsage {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void used(String serviceCode) {
        counts.merge(serviceCode, 1, Integer::sum);
    }

    public int count(String serviceCode) {
        return counts.getOrDefault(serviceCode, 0);
    }
}
