package zwfw.platform.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A case's status follows its age: ACCEPTED, then IN_REVIEW after one review step, COMPLETED after two. */
final class CaseProgress {
    private static final java.time.format.DateTimeFormatter ISO_SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private CaseProgress() {
    }

    static ObjectNode of(ObjectMapper json, SimStore.CaseRow c, long nowMs, Duration step, ZoneId zone) {
        ObjectNode out = json.createObjectNode();
        out.put("caseNo", c.caseNo());
        out.put("serviceCode", c.serviceCode());
        ArrayNode history = out.putArray("history");
        long stepMs = Math.max(1, step.toMillis());
        String[][] stages = {{"ACCEPTED", "已受理"}, {"IN_REVIEW", "审核中"}, {"COMPLETED", "已办结"}};
        String status = "ACCEPTED";
        long updated = c.acceptedAtMs();
        for (int i = 0; i < stages.length; i++) {
            long at = c.acceptedAtMs() + i * stepMs;
            if (i > 0 && at > nowMs) {
                break;
            }
            ObjectNode h = history.addObject();
            h.put("status", stages[i][0]);
            h.put("at", time(at, zone));
            h.put("note", stages[i][1]);
            status = stages[i][0];
            updated = at;
        }
        out.put("status", status);
        out.put("updatedAt", time(updated, zone));
        return out;
    }

    static String time(long ms, ZoneId zone) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(ms), zone).format(ISO_SECONDS);
    }
}
