package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;

/** {@code GET /q/{caseNo}}: the public progress page a receipt's QR code points to (no personal data). */
final class QueryPage {
    private final SimContext ctx;

    QueryPage(SimContext ctx) {
        this.ctx = ctx;
    }

    RequestPipeline.Answer answer(RequestPipeline.Request r) {
        String caseNo = r.path().substring("/q/".length());
        Optional<SimStore.CaseRow> row;
        try {
            row = caseNo.matches("[A-Za-z0-9-]+") ? ctx.store.caseByNo(caseNo) : Optional.empty();
        } catch (SQLException e) {
            row = Optional.empty();
        }
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>办件查询</title>");
        int status = 200;
        if (row.isEmpty()) {
            status = 404;
            html.append("<p>无此办件 / unknown case number</p>");
        } else {
            JsonNode p = CaseProgress.of(ctx.json, row.get(), ctx.clock().millis(), ctx.reviewStep(), ctx.zone());
            html.append("<h1>办件 ").append(p.get("caseNo").asText()).append("</h1><ul>");
            for (JsonNode h : p.get("history")) {
                html.append("<li>").append(h.get("at").asText()).append(' ').append(h.get("note").asText()).append("</li>");
            }
            html.append("</ul>");
        }
        return new RequestPipeline.Answer(status, html.toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                java.util.Map.of());
    }
}
