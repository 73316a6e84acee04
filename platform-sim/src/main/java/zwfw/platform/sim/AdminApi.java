package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwfw.platform.sim.RequestPipeline.Answer;

/**
 * Unsigned operator endpoints for demos and tests (the server listens on 127.0.0.1 only):
 * <ul>
 *   <li>{@code POST /admin/qr-tokens} {@code {"name","idType","idNumber","phone"}} → {@code {"token","qrText","expiresAt"}}</li>
 *   <li>{@code POST /admin/kiosks/{id}/commands} {@code {"type":"LOCK","reason":"…"}} → 204</li>
 *   <li>help requests (§10): {@code GET /admin/help}, {@code POST /admin/help/{requestId}/answer}
 *   {@code {"message":{"zh","en"},"staffName"}}, {@code POST /admin/help/{requestId}/close} ({@link HelpApi})</li>
 *   <li>{@code POST /admin/faults} {@code {"spec":"error=0.2,429=0.1"}} → 204 (replaces the fault settings)</li>
 *   <li>{@code POST /admin/services/{code}} {@code {"enabled":false}} → 204 (new catalog version)</li>
 *   <li>{@code GET /admin/cases} → {@code {"cases":[{"caseNo","clientCaseId","serviceCode","kioskId","applicant","agent"}]}},
 *   applicant and agent (null unless 代办) masked: {@code {"name":"张*","idNumber":"330304********1234"}}</li>
 * </ul>
 * Bodies are one JSON object of at most 64 KiB, texts at most 200 characters; every error has the contract's shape.
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

    /** The endpoint of a request that passed the pipeline's checks (headers and body bounded). */
    Answer answer(RequestPipeline.Request r) throws IOException, SQLException {
        String path = r.path();
        String method = r.method();
        byte[] body = r.body();
        try {
            JsonNode in = body.length == 0 ? ctx.json.createObjectNode() : ctx.bodiesJson.object(body);
            JsonBodies.checkLimits(in);
            if (path.equals("/admin/qr-tokens") && method.equals("POST")) {
                PlatformSimulator.IssuedToken t = sim.issueQrToken(in.path("name").asText(), in.path("idType").asText("RESIDENT_ID"),
                        in.path("idNumber").asText(), in.hasNonNull("phone") ? in.get("phone").asText() : null);
                ObjectNode out = ctx.json.createObjectNode();
                out.put("token", t.token());
                out.put("qrText", t.qrText());
                out.put("expiresAt", t.expiresAt());
                return Answer.json(201, ctx.json.writeValueAsBytes(out));
            }
            if (path.equals("/admin/help") || path.startsWith("/admin/help/")) {
                return new HelpApi(ctx).admin(method, path, in);
            }
            Matcher m = COMMANDS.matcher(path);
            if (m.matches() && method.equals("POST")) {
                sim.queueCommand(m.group(1), in.path("type").asText(), in.hasNonNull("reason") ? in.get("reason").asText() : null);
                return Answer.empty(204);
            }
            if (path.equals("/admin/faults") && method.equals("POST")) {
                sim.setFaults(Faults.parse(in.path("spec").asText()));
                return Answer.empty(204);
            }
            m = SERVICE.matcher(path);
            if (m.matches() && method.equals("POST")) {
                if (!ctx.catalog.setEnabled(m.group(1), in.path("enabled").asBoolean(true))) {
                    throw new ApiError(404, "UNKNOWN_SERVICE", "无此事项 / unknown service");
                }
                return Answer.empty(204);
            }
            if (path.equals("/admin/cases") && method.equals("GET")) {
                ObjectNode out = ctx.json.createObjectNode();
                ArrayNode cases = out.putArray("cases");
                for (SimStore.CaseRow c : ctx.store.allCases()) {
                    ObjectNode row = cases.addObject().put("caseNo", c.caseNo()).put("clientCaseId", c.clientCaseId())
                            .put("serviceCode", c.serviceCode()).put("kioskId", c.kioskId());
                    person(row, "applicant", c.applicant());
                    person(row, "agent", c.agent());
                }
                return Answer.json(200, ctx.json.writeValueAsBytes(out));
            }
            throw new ApiError(404, "NOT_FOUND", "no such admin endpoint");
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "MALFORMED", e.getMessage());
        }
    }
}
