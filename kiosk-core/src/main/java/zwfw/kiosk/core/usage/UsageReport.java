package zwfw.kiosk.core.usage;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Usage counts from {@code from} to {@code to} (both included): per service code, how often each
 * {@link UsageEvent} happened. Events of no service are under {@link UsageLog#NO_SERVICE}.
 */
public record UsageReport(LocalDate from, LocalDate to, Map<String, Map<UsageEvent, Integer>> byService) {
    public UsageReport {
        Map<String, Map<UsageEvent, Integer>> copy = new LinkedHashMap<>();
        byService.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byService = Collections.unmodifiableMap(copy);
    }

    /** How often one service had one event. */
    public int count(String serviceCode, UsageEvent event) {
        return byService.getOrDefault(serviceCode, Map.of()).getOrDefault(event, 0);
    }

    /** How often an event happened, all services together. */
    public int total(UsageEvent event) {
        return byService.values().stream().mapToInt(m -> m.getOrDefault(event, 0)).sum();
    }

    /** Sessions that ended without a case, on the timeout or by the citizen. */
    public int abandoned() {
        return total(UsageEvent.ABANDONED_TIMEOUT) + total(UsageEvent.ABANDONED_ENDED);
    }
}
