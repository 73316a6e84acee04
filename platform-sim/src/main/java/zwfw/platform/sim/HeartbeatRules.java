package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;

/** The heartbeat's numbers (contract §6) as exact non-negative integers; its texts are bounded like every text. */
final class HeartbeatRules {
    private static final String[] COUNTS = {"uptimeSeconds", "outboxDepth", "restarts", "helpWaiting"};
    private static final String[] USAGE = {"sessions", "casesSubmitted", "evaluations"};

    private HeartbeatRules() {
    }

    static void check(JsonNode hb) {
        for (String name : COUNTS) {
            count(hb, name, name);
        }
        JsonNode usage = hb.get("usageToday");
        if (usage != null && !usage.isNull()) {
            if (!usage.isObject()) {
                throw FormRules.bad("usageToday", "应为对象 / object expected");
            }
            for (String name : USAGE) {
                count(usage, name, "usageToday." + name);
            }
        }
        JsonNode devices = hb.get("devices");
        if (devices != null && !devices.isNull() && !devices.isArray()) {
            throw FormRules.bad("devices", "应为列表 / list expected");
        }
    }

    /** An optional count: absent or null, else an integer from 0 to 2^63-1. */
    private static void count(JsonNode parent, String name, String field) {
        JsonNode v = parent.get(name);
        if (v != null && !v.isNull()) {
            FormRules.integer(v, field, 0, Long.MAX_VALUE);
        }
    }
}
