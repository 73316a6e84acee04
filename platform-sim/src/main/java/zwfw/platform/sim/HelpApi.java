package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.platform.sim.RequestPipeline.Answer;

/**
 * Help requests, contract §10 (呼叫帮助), both sides of the desk:
 * <ul>
 *   <li>the kiosk's: {@code POST /api/v1/kiosks/{id}/help} (201, 200 on a repeat of the same {@code clientRequestId}),
 *   {@code GET …/help/{requestId}}, {@code DELETE …/help/{requestId}} (204, CLOSED). A kiosk sees only its own
 *   requests: another kiosk's request id answers 404 HELP_NOT_FOUND, exactly as an unknown one;</li>
 *   <li>staff's (admin, unsigned, 127.0.0.1): {@code GET /admin/help} lists the open requests;
 *   {@code POST /admin/help/{requestId}/answer} {@code {"message":{"zh","en"},"staffName"}} → 200 with the request;
 *   {@code POST /admin/help/{requestId}/close} → 204.</li>
 * </ul>
 * The body is checked strictly: a field the contract does not name is refused (400 VALIDATION_FAILED naming it), so a
 * kiosk cannot put personal data into a help request. Logs carry request ids and screens only.
 */
final class HelpApi {
    private static final Logger log = LoggerFactory.getLogger(HelpApi.class);
    static final Pattern FILE_PATH = Pattern.compile("/api/v1/kiosks/([A-Za-z0-9-]+)/help");
    static final Pattern ONE_PATH = Pattern.compile("/api/v1/kiosks/([A-Za-z0-9-]+)/help/([A-Za-z0-9-]+)");
    private static final Pattern ADMIN_ONE = Pattern.compile("/admin/help/([A-Za-z0-9-]+)/(answer|close)");
    private static final Set<String> FIELDS = Set.of("clientRequestId", "at", "screen", "serviceCode", "language", "elderly");
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    private final SimContext ctx;

    HelpApi(SimContext ctx) {
        this.ctx = ctx;
    }

    /** Whether a kiosk API path is one of §10's. */
    static boolean isKioskPath(String path) {
        return FILE_PATH.matcher(path).matches() || ONE_PATH.matcher(path).matches();
    }

    /** A signed request on a §10 path (see {@link #isKioskPath}). */
    Answer kiosk(RequestPipeline.Request r) throws SQLException, IOException {
        Matcher m = FILE_PATH.matcher(r.path());
        if (m.matches()) {
            own(r.kioskId(), m.group(1));
            if (r.method().equals("POST")) {
                return file(r.kioskId(), r.body());
            }
            throw new ApiError(404, "NOT_FOUND", "无此接口 / no such endpoint");
        }
        m = ONE_PATH.matcher(r.path());
        m.matches();
        own(r.kioskId(), m.group(1));
        HelpDesk.HelpRow row = ctx.help.ofKiosk(r.kioskId(), m.group(2))
                .orElseThrow(() -> new ApiError(404, "HELP_NOT_FOUND", "无此求助 / unknown help request"));
        return switch (r.method()) {
            case "GET" -> Answer.json(200, ctx.json.writeValueAsBytes(status(row)));
            case "DELETE" -> {
                ctx.help.closeRequest(row.requestId());
                log.info("help {} closed by kiosk {}", row.requestId(), r.kioskId());
                yield Answer.empty(204);
            }
            default -> throw new ApiError(404, "NOT_FOUND", "无此接口 / no such endpoint");
        };
    }

    private static void own(String signer, String pathKiosk) {
        if (!pathKiosk.equals(signer)) {
            throw new ApiError(403, "FORBIDDEN", "只能处理本终端的求助 / a kiosk handles only its own help requests");
        }
    }

    private Answer file(String kioskId, byte[] body) throws SQLException, IOException {
        JsonNode b = ctx.bodiesJson.object(body);
        JsonBodies.checkLimits(b);
        HelpDesk.Ask ask = ask(b);
        HelpDesk.Filed f = ctx.help.file(kioskId, ask);
        if (f.created()) {
            log.info("help {} from kiosk {} on screen {} ({}, {}{})", f.row().requestId(), kioskId, ask.screen(),
                    ask.serviceCode(), ask.language(), ask.elderly() ? ", 长辈版" : "");
        }
        ObjectNode out = ctx.json.createObjectNode();
        out.put("requestId", f.row().requestId());
        out.put("estimatedWaitSeconds", f.row().estimatedWaitSeconds());
        return Answer.json(f.created() ? 201 : 200, ctx.json.writeValueAsBytes(out));
    }

    private HelpDesk.Ask ask(JsonNode b) throws IOException {
        b.fieldNames().forEachRemaining(n -> {
            if (!FIELDS.contains(n)) {
                throw FormRules.bad(n, "求助不接受此字段(不得含个人信息) / unknown field in a help request (never personal data)");
            }
        });
        String clientId = FormRules.text(b, "clientRequestId");
        try {
            UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            throw FormRules.bad("clientRequestId", "clientRequestId应为UUID / clientRequestId must be a UUID");
        }
        String at = FormRules.text(b, "at");
        try {
            OffsetDateTime.parse(at);
        } catch (RuntimeException e) {
            throw FormRules.bad("at", "时间格式错误 / at must be ISO-8601 with offset");
        }
        JsonNode screenNode = b.get("screen");
        if (screenNode == null || !screenNode.isTextual() || screenNode.textValue().isBlank()) {
            throw FormRules.bad("screen", "缺少screen / screen is required");
        }
        JsonNode service = b.get("serviceCode");
        if (service != null && !service.isNull() && !service.isTextual()) {
            throw FormRules.bad("serviceCode", "serviceCode应为文本或null / serviceCode must be a text or null");
        }
        String language = FormRules.text(b, "language");
        if (!LANGUAGES.contains(language)) {
            throw FormRules.bad("language", "language应为zh或en / language must be zh or en");
        }
        JsonNode elderly = b.get("elderly");
        if (elderly == null || !elderly.isBoolean()) {
            throw FormRules.bad("elderly", "elderly应为true或false / elderly must be true or false");
        }
        return new HelpDesk.Ask(clientId, ctx.bodiesJson.fingerprint(b), at, screenNode.textValue(),
                service == null || service.isNull() ? null : service.textValue(), language, elderly.booleanValue());
    }

    private ObjectNode status(HelpDesk.HelpRow row) throws IOException {
        ObjectNode s = ctx.json.createObjectNode();
        s.put("requestId", row.requestId());
        s.put("status", row.status());
        if (row.messageJson() == null) {
            s.putNull("message");
        } else {
            s.set("message", ctx.json.readTree(row.messageJson()));
        }
        s.put("staffName", row.staffName());
        s.put("updatedAt", CaseProgress.time(row.updatedAtMs(), ctx.zone()));
        return s;
    }

    /** An admin request under {@code /admin/help}; {@code in} is its body, already bounded and parsed. */
    Answer admin(String method, String path, JsonNode in) throws SQLException, IOException {
        if (path.equals("/admin/help") && method.equals("GET")) {
            ObjectNode out = ctx.json.createObjectNode();
            ArrayNode list = out.putArray("requests");
            for (HelpDesk.HelpRow row : ctx.help.open()) {
                ObjectNode o = status(row);
                o.put("kioskId", row.kioskId()).put("screen", row.screen()).put("serviceCode", row.serviceCode())
                        .put("language", row.language()).put("elderly", row.elderly()).put("at", row.at())
                        .put("estimatedWaitSeconds", row.estimatedWaitSeconds());
                list.add(o);
            }
            return Answer.json(200, ctx.json.writeValueAsBytes(out));
        }
        Matcher m = ADMIN_ONE.matcher(path);
        if (!m.matches() || !method.equals("POST")) {
            throw new ApiError(404, "NOT_FOUND", "no such admin endpoint");
        }
        HelpDesk.HelpRow row = ctx.help.byId(m.group(1))
                .orElseThrow(() -> new ApiError(404, "HELP_NOT_FOUND", "无此求助 / unknown help request"));
        if (m.group(2).equals("close")) {
            ctx.help.closeRequest(row.requestId());
            return Answer.empty(204);
        }
        String zh = FormRules.text(in.path("message"), "zh");
        if (zh.isBlank()) {
            throw FormRules.bad("message.zh", "缺少中文答复 / message.zh is required");
        }
        String en = FormRules.text(in.path("message"), "en");
        String staff = FormRules.text(in, "staffName");
        if (staff.isBlank()) {
            throw FormRules.bad("staffName", "缺少工作人员称呼 / staffName is required");
        }
        ObjectNode message = ctx.json.createObjectNode().put("zh", zh).put("en", en.isBlank() ? zh : en);
        if (!ctx.help.answer(row.requestId(), message.toString(), staff)) {
            throw new ApiError(409, "HELP_CLOSED", "该求助已关闭 / the help request is closed");
        }
        log.info("help {} answered by staff", row.requestId());
        return Answer.json(200, ctx.json.writeValueAsBytes(status(ctx.help.byId(row.requestId()).orElseThrow())));
    }
}
