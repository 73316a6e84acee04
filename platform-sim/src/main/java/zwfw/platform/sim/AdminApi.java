package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unsigned operator endpoints for demos and tests (the server listens on 127.0.0.1 only):
 * <ul>
 *   <li>{@code POST /admin/qr-tokens} {@code {"name","idType","idNumber","phone"}} → {@code {"token","qrText","expiresAt"}}</li>
 *   <li>{@code POST /admin/kiosks/{id}/commands} {@code {"type":"LOCK","reason":"…"}} → 204</li>
 *   <li>{@code POST /admin/faults} {@code {"spec":"error=0.2,429=0.1"}} → 204 (replaces the fault settings)</li>
 *   <li>{@code POST /admin/services/{code}} {@code {"enabled":false}} → 204 (new catalog version)</li>
 *   <li>{@code GET /admin/cases} → {@code {"cases":[{"caseNo","clientCaseId","serviceCode","kioskId","applicant","agent"}]}},
 *   applicant and agent (null unless 代办) masked: {@code {"name":"张*","idNumber":"330304********1234"}}</li>
 * </ul>
 */
final class AdminApi {
    private static final Pattern COMMANDS = Pattern.compile("/admin/kiosks/([A-Za-z0-9-]+)/commands");
    private static final Pattern SERVICE = Pattern.compile("/admin/services/([A-Za-z0-9-]+)");

    private final SimContext ctx;
    private final PlatformSimulator sim;

    AdminApi(SimContext ctx, PlatformSimulator sim) {
        this.ctx = ctx;
        this.sim = sim;
    }

    private static void person(ObjectNode row, String role, PlatformSimulator.MaskedPerson p) {
        if (p == null) {
            row.putNull(role);
        } else {
            row.putObject(role).put("name", p.name()).put("idNumber", p.idNumber());
        }
    }

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        byte[] body = ex.getRequestBody().readAllBytes();
        try {
            JsonNode in = body.length == 0 ? ctx.json.createObjectNode() : ctx.json.readTree(body);
            if (path.equals("/admin/qr-tokens") && method.equals("POST")) {
                PlatformSimulator.IssuedToken t = sim.issueQrToken(in.path("name").asText(), in.path("idType").asText("RESIDENT_ID"),
                        in.path("idNumber").asText(), in.hasNonNull("phone") ? in.get("phone").asText() : null);
                ObjectNode r = ctx.json.createObjectNode();
                r.put("token", t.token());
                r.put("qrText", t.qrText());
                r.put("expiresAt", t.expiresAt());
                Http.send(ex, 201, ctx.json.writeValueAsBytes(r));
                return;
            }
            Matcher m = COMMANDS.matcher(path);
            if (m.matches() && method.equals("POST")) {
                sim.queueCommand(m.group(1), in.path("type").asText(), in.hasNonNull("reason") ? in.get("reason").asText() : null);
                Http.send(ex, 204, null);
                return;
            }
            if (path.equals("/admin/faults") && method.equals("POST")) {
                sim.setFaults(Faults.parse(in.path("spec").asText()));
                Http.send(ex, 204, null);
                return;
            }
            m = SERVICE.matcher(path);
            if (m.matches() && method.equals("POST")) {
                if (!ctx.catalog.setEnabled(m.group(1), in.path("enabled").asBoolean(true))) {
                    throw new ApiError(404, "UNKNOWN_SERVICE", "无此事项 / unknown service");
                }
                Http.send(ex, 204, null);
                return;
            }
            if (path.equals("/admin/cases") && method.equals("GET")) {
                ObjectNode r = ctx.json.createObjectNode();
                ArrayNode cases = r.putArray("cases");
                for (SimStore.CaseRow c : ctx.store.allCases()) {
                    ObjectNode row = cases.addObject().put("caseNo", c.caseNo()).put("clientCaseId", c.clientCaseId())
                            .put("serviceCode", c.serviceCode()).put("kioskId", c.kioskId());
                    person(row, "applicant", c.applicant());
                    person(row, "agent", c.agent());
                }
                Http.send(ex, 200, ctx.json.writeValueAsBytes(r));
                return;
            }
            throw new ApiError(404, "NOT_FOUND", "no such admin endpoint");
        } catch (ApiError e) {
            Http.send(ex, e.status, Http.error(ctx.json, e));
        } catch (IllegalArgumentException e) {
            Http.send(ex, 400, Http.error(ctx.json, new ApiError(400, "MALFORMED", e.getMessage())));
        } catch (SQLException e) {
            Http.send(ex, 500, Http.error(ctx.json, new ApiError(500, "INTERNAL", "store failure")));
        }
    }
}
