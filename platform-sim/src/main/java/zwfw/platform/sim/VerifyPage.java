package zwfw.platform.sim;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /v/{caseNo}/{id}?c=CODE}: the page a certificate's verification QR code points to. It confirms the
 * document was issued, with its title, case number, date, page count, SHA-256 and the holder as masked
 * (张*, 110105********002X): a verifier compares these with the paper. It keeps working after the PDF is dropped.
 */
final class VerifyPage {
    private static final Pattern PATH = Pattern.compile("/v/([A-Za-z0-9-]{1,64})/([A-Za-z0-9-]{1,64})\\?c=([0-9a-f]{12})");
    private final SimContext ctx;

    VerifyPage(SimContext ctx) {
        this.ctx = ctx;
    }

    RequestPipeline.Answer answer(RequestPipeline.Request r) {
        Optional<String> found;
        try {
            found = verified(r.rawPathAndQuery());
        } catch (SQLException e) {
            found = Optional.empty();
        }
        String html = "<!doctype html><meta charset=utf-8><title>证明验证 / verification</title>"
                + found.orElse("<p>无法验证：编号或验证码不符 / cannot verify: unknown document or wrong code</p>");
        return new RequestPipeline.Answer(found.isPresent() ? 200 : 404, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", java.util.Map.of());
    }

    private Optional<String> verified(String pathAndQuery) throws SQLException {
        Matcher m = PATH.matcher(pathAndQuery);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<SimStore.CaseRow> row = ctx.store.caseByNo(m.group(1));
        if (row.isEmpty() || row.get().applicant() == null
                || !DocumentApi.verifyCode(m.group(1), m.group(2), row.get().applicant().idNumber()).equals(m.group(3))) {
            return Optional.empty();
        }
        return ctx.documents.store().ofCase(m.group(1)).stream().filter(d -> d.documentId().equals(m.group(2))).findFirst()
                .map(d -> "<h1>有效 / valid: " + d.titleZh() + "</h1><ul><li>办件编号 " + d.caseNo() + "</li><li>出具 "
                        + CaseProgress.time(row.get().acceptedAtMs(), ctx.zone()) + "</li><li>持有人 " + row.get().applicant().name()
                        + " " + row.get().applicant().idNumber() + "</li><li>" + d.pages() + " 页, SHA-256 " + d.sha256() + "</li></ul>");
    }
}
