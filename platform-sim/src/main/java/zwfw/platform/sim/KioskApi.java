package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwfw.platform.sim.RequestPipeline.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk-facing API of the contract: /api/v1/... . Logs carry codes and case numbers, never personal fields. */
final class KioskApi {
    private static final Logger log = LoggerFactory.getLogger(KioskApi.class);
    private static final Pattern CASE_PATH = Pattern.compile("/api/v1/cases/([A-Za-z0-9-]+)");
    private static final Pattern HEARTBEAT_PATH = Pattern.compile("/api/v1/kiosks/([A-Za-z0-9-]+)/heartbeat");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final Set<String> CHANNELS = Set.of("KIOSK_24H");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SimContext ctx;
    private final HelpApi help;

    KioskApi(SimContext ctx) {
        this.ctx = ctx;
        this.help = new HelpApi(ctx);
    }

    /** The endpoint of a request that passed the pipeline's checks (body bounded, signature verified). */
    Answer answer(RequestPipeline.Request r) throws IOException, SQLException {
        String method = r.method();
        String path = r.path();
        String kioskId = r.kioskId();
        byte[] body = r.body();
        // New endpoints (documents §9, help requests §10) go here: the pipeline has bounded and verified the request.
        if (HelpApi.isKioskPath(path)) {
            return help.kiosk(r);
        }
        if (path.equals("/api/v1/cases") && method.equals("POST")) {
            return submitCase(kioskId, body);
        }
        Answer document = ctx.documents.answer(method, path, kioskId);
        if (document != null) {
            return document;
        }
        Matcher m = CASE_PATH.matcher(path);
        if (m.matches() && method.equals("GET")) {
            return caseStatus(m.group(1));
        }
        if (path.equals("/api/v1/evaluations") && method.equals("POST")) {
            return evaluation(body);
        }
        if (path.equals("/api/v1/catalog") && method.equals("GET")) {
            String inm = r.header("If-None-Match");
            if (inm != null && List.of(inm.split(",")).stream().map(String::trim).anyMatch(ctx.catalog.etag()::equals)) {
                return Answer.empty(304).withHeader("ETag", ctx.catalog.etag());
            }
            return Answer.json(200, ctx.catalog.body()).withHeader("ETag", ctx.catalog.etag());
        }
        m = HEARTBEAT_PATH.matcher(path);
        if (m.matches() && method.equals("POST")) {
            return heartbeat(kioskId, m.group(1), body);
        }
        if (path.equals("/api/v1/identity/qr-token") && method.equals("POST")) {
            return qrToken(body);
        }
        throw new ApiError(404, "NOT_FOUND", "无此接口 / no such endpoint");
    }

    /** The body as one JSON object within the contract's limits (§1), texts at most 200 characters. */
    private JsonNode parse(byte[] body) {
        JsonNode n = ctx.bodiesJson.object(body);
        JsonBodies.checkLimits(n);
        return n;
    }

    private Answer submitCase(String kioskId, byte[] body) throws SQLException, IOException {
        JsonNode c = ctx.bodiesJson.object(body);
        JsonNode service = c.path("serviceCode").isTextual() ? ctx.catalog.service(c.get("serviceCode").textValue()).orElse(null) : null;
        JsonBodies.checkLimits(c, path -> FormRules.textLimit(service, path));
        // One case at a time: the idempotency check and the insert must not interleave.
        synchronized (ctx.store) {
            return submitParsedCase(kioskId, c);
        }
    }

    private Answer submitParsedCase(String kioskId, JsonNode c) throws SQLException, IOException {
        String clientCaseId = FormRules.text(c, "clientCaseId");
        try {
            UUID.fromString(clientCaseId);
        } catch (IllegalArgumentException e) {
            throw FormRules.bad("clientCaseId", "clientCaseId应为UUID / clientCaseId must be a UUID");
        }
        String hash = ctx.bodiesJson.fingerprint(c);
        Optional<SimStore.CaseRow> earlier = ctx.store.caseByClientId(clientCaseId);
        if (earlier.isPresent()) {
            if (!earlier.get().bodyHash().equals(hash)) {
                throw new ApiError(409, "DUPLICATE_CONFLICT", "同一clientCaseId的内容不同 / same clientCaseId, different body");
            }
            log.info("case {} repeated, answered {}", clientCaseId, earlier.get().caseNo());
            return Answer.json(200, receipt(earlier.get()));
        }
        List<SimStore.AttachmentRow> attachments = validateCase(kioskId, c);
        long now = ctx.clock().millis();
        LocalDate today = Instant.ofEpochMilli(now).atZone(ctx.zone()).toLocalDate();
        SimStore.CaseRow row = ctx.store.insertCase(clientCaseId, kioskId, c.get("serviceCode").asText(), hash, now,
                "SA" + today.format(DAY), today.plusDays(3).toString(), PersonMask.of(c.get("applicant")),
                PersonMask.of(c.get("agent")), c.path("form").toString());
        ctx.store.insertAttachments(row.caseNo(), attachments);
        if (DocumentApi.isDocumentService(ctx.catalog.service(row.serviceCode()).orElse(null))) {
            ctx.documents.issue(row, c.get("applicant"), c.path("form").toString());
        }
        log.info("case {} accepted as {} for service {}", clientCaseId, row.caseNo(), row.serviceCode());
        return Answer.json(201, receipt(row));
    }

    /** Checks a case body against the contract; returns its attachments, decoded. */
    private List<SimStore.AttachmentRow> validateCase(String kioskId, JsonNode c) {
        if (!FormRules.text(c, "kioskId").equals(kioskId)) {
            throw FormRules.bad("kioskId", "kioskId与签名终端不符 / kioskId differs from the signing kiosk");
        }
        if (!CHANNELS.contains(FormRules.text(c, "channel"))) {
            throw FormRules.bad("channel", "渠道无效 / unknown channel");
        }
        try {
            java.time.OffsetDateTime.parse(FormRules.text(c, "submittedAt"));
        } catch (RuntimeException e) {
            throw FormRules.bad("submittedAt", "提交时间格式错误 / submittedAt must be ISO-8601 with offset");
        }
        String code = FormRules.text(c, "serviceCode");
        JsonNode service = ctx.catalog.service(code)
                .orElseThrow(() -> new ApiError(422, "UNKNOWN_SERVICE", "无此事项 / unknown service " + code, "serviceCode"));
        if (!service.path("enabled").asBoolean(true)) {
            throw new ApiError(422, "SERVICE_CLOSED", "该事项暂停办理 / service closed: " + code, "serviceCode");
        }
        // §3: applicant.phone is required for a CASE service (the platform reaches the citizen about the case);
        // a DOCUMENT service is done on the spot, so its phone may be null.
        boolean phoneRequired = !DocumentApi.isDocumentService(service);
        FormRules.person(c.get("applicant"), "applicant", phoneRequired);
        JsonNode agent = c.get("agent");
        if (agent != null && !agent.isNull()) {
            if (!service.path("allowsAgent").asBoolean(false)) {
                throw FormRules.bad("agent", "该事项不可代办 / this service cannot be filed by an agent");
            }
            FormRules.person(agent, "agent", false);
        }
        JsonNode attachments = c.path("attachments");
        if (!attachments.isMissingNode() && !attachments.isNull() && !attachments.isArray()) {
            throw FormRules.bad("attachments", "附件格式错误 / attachments must be a list");
        }
        if (attachments.size() > 10) {
            throw FormRules.bad("attachments", "附件不能超过10个 / at most 10 attachments");
        }
        Set<String> names = new HashSet<>();
        List<SimStore.AttachmentRow> rows = new java.util.ArrayList<>();
        int i = 0;
        for (JsonNode a : attachments) {
            String where = "attachments[" + i++ + "]";
            byte[] data;
            try {
                data = Base64.getDecoder().decode(FormRules.text(a, "dataBase64"));
            } catch (IllegalArgumentException e) {
                throw FormRules.bad(where + ".dataBase64", "附件编码错误 / not base64");
            }
            if (data.length > FormRules.MAX_ATTACHMENT_BYTES) {
                throw FormRules.bad(where, "附件超过5MiB / attachment over 5 MiB");
            }
            if (!RequestAuthenticator.sha256Hex(data).equalsIgnoreCase(FormRules.text(a, "sha256"))) {
                throw FormRules.bad(where + ".sha256", "附件校验值不符 / sha256 does not match");
            }
            String name = FormRules.text(a, "name");
            names.add(name);
            rows.add(new SimStore.AttachmentRow(name, FormRules.text(a, "contentType"), FormRules.text(a, "sha256").toLowerCase(java.util.Locale.ROOT), data));
        }
        FormRules.form(service.path("form"), c.get("form"), names);
        return rows;
    }

    private byte[] receipt(SimStore.CaseRow row) throws IOException, SQLException {
        ObjectNode r = ctx.json.createObjectNode();
        r.put("caseNo", row.caseNo());
        r.put("clientCaseId", row.clientCaseId());
        r.put("status", "ACCEPTED");
        r.put("acceptedAt", CaseProgress.time(row.acceptedAtMs(), ctx.zone()));
        r.put("dueDate", row.dueDate());
        r.put("queryUrl", ctx.baseUrl() + "/q/" + row.caseNo());
        ctx.documents.addTo(r, row.caseNo());
        return ctx.json.writeValueAsBytes(r);
    }

    private Answer caseStatus(String caseNo) throws SQLException, IOException {
        SimStore.CaseRow row = ctx.store.caseByNo(caseNo)
                .orElseThrow(() -> new ApiError(404, "CASE_NOT_FOUND", "无此办件 / unknown case number"));
        return Answer.json(200, ctx.json.writeValueAsBytes(
                CaseProgress.of(ctx.json, row, ctx.clock().millis(), ctx.reviewStep(), ctx.zone())));
    }

    private Answer evaluation(byte[] body) throws SQLException, IOException {
        JsonNode e = parse(body);
        String clientId = FormRules.text(e, "clientEvaluationId");
        if (clientId.isBlank()) {
            throw FormRules.bad("clientEvaluationId", "缺少clientEvaluationId / clientEvaluationId is required");
        }
        String hash = ctx.bodiesJson.fingerprint(e);
        Optional<String[]> earlier = ctx.store.evaluation(clientId);
        if (earlier.isPresent()) {
            if (!earlier.get()[1].equals(hash)) {
                throw new ApiError(409, "DUPLICATE_CONFLICT", "同一评价编号内容不同 / same clientEvaluationId, different body");
            }
            return Answer.json(200, evaluationAnswer(earlier.get()[0]));
        }
        int level = (int) FormRules.integer(e.get("level"), "level", 1, 5);
        JsonNode tags = e.path("tags");
        if (!tags.isMissingNode() && !tags.isNull() && !tags.isArray()) {
            throw FormRules.bad("tags", "标签应为列表 / tags must be a list");
        }
        boolean hasReason = tags.size() > 0 || !FormRules.text(e, "comment").isBlank();
        if (level <= 2 && !hasReason) {
            throw FormRules.bad("tags", "差评需选择原因或填写意见 / a bad rating needs a tag or a comment");
        }
        String caseNo = FormRules.text(e, "caseNo");
        if (ctx.store.caseByNo(caseNo).isEmpty()) {
            throw new ApiError(404, "CASE_NOT_FOUND", "无此办件 / unknown case number", "caseNo");
        }
        String id = "EV" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        ObjectNode reasons = ctx.json.createObjectNode();
        reasons.set("tags", tags.isArray() ? tags : ctx.json.createArrayNode());
        reasons.put("comment", FormRules.text(e, "comment"));
        ctx.store.insertEvaluation(id, clientId, caseNo, level, hash, ctx.clock().millis(), reasons.toString());
        log.info("evaluation {} level {} for case {}", id, level, caseNo);
        return Answer.json(201, evaluationAnswer(id));
    }

    private byte[] evaluationAnswer(String id) throws IOException {
        ObjectNode r = ctx.json.createObjectNode();
        r.put("evaluationId", id);
        return ctx.json.writeValueAsBytes(r);
    }

    private Answer heartbeat(String kioskId, String pathKiosk, byte[] body) throws SQLException, IOException {
        if (!pathKiosk.equals(kioskId)) {
            throw new ApiError(403, "FORBIDDEN", "只能上报本终端心跳 / a kiosk reports only its own heartbeat");
        }
        JsonNode hb = parse(body);
        HeartbeatRules.check(hb);
        ctx.store.recordHeartbeat(kioskId, ctx.clock().millis(), ctx.json.writeValueAsString(hb));
        ObjectNode r = ctx.json.createObjectNode();
        ArrayNode commands = r.putArray("commands");
        for (String c : ctx.store.takeCommands(kioskId)) {
            commands.add(ctx.json.readTree(c));
        }
        return Answer.json(200, ctx.json.writeValueAsBytes(r));
    }

    private Answer qrToken(byte[] body) throws SQLException, IOException {
        String token = FormRules.text(parse(body), "token");
        if (!TOKEN.matcher(token).matches()) {
            throw new ApiError(404, "TOKEN_INVALID", "二维码无效或已过期 / token unknown, used or expired");
        }
        String identity = ctx.store.redeemToken(token, ctx.clock().millis())
                .orElseThrow(() -> new ApiError(404, "TOKEN_INVALID", "二维码无效或已过期 / token unknown, used or expired"));
        log.info("qr token redeemed");
        return Answer.json(200, identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
