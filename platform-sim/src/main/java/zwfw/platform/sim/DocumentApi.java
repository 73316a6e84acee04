package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.platform.sim.RequestPipeline.Answer;

/**
 * §9 documents printed on the spot: issues the certificates of a DOCUMENT case when it is accepted, lists them in
 * the case answer, and serves {@code GET /api/v1/cases/{caseNo}/documents/{id}} to the kiosk that filed the case,
 * at most {@link DocumentStore#MAX_FETCHES} times within {@link DocumentStore#LIFETIME}. Logs carry case numbers
 * and document ids only.
 */
final class DocumentApi {
    private static final Logger log = LoggerFactory.getLogger(DocumentApi.class);
    static final Pattern PATH = Pattern.compile("/api/v1/cases/([A-Za-z0-9-]+)/documents/([A-Za-z0-9-]+)");

    private final SimContext ctx;
    private final DocumentStore documents;
    /**
     * Made at the first certificate, not with the simulator: loading PDFBox, its fonts and the 4 MB certificate font
     * took ~0.3 s of CPU on the way to the kiosk's attract screen when the simulator is embedded.
     */
    private Certificates certificates;

    DocumentApi(SimContext ctx) {
        this.ctx = ctx;
        this.documents = new DocumentStore(ctx.store);
    }

    DocumentStore store() {
        return documents;
    }

    static boolean isDocumentService(JsonNode service) {
        return service != null && service.path("delivery").asText("CASE").equals("DOCUMENT");
    }

    /** Renders and keeps (sealed) the certificate of a newly accepted DOCUMENT case. */
    void issue(SimStore.CaseRow row, JsonNode applicant, String formJson) throws IOException, SQLException {
        CertificateKind kind = CertificateKind.ofService(row.serviceCode()).orElse(null);
        if (kind == null) {
            log.warn("service {} says DOCUMENT but has no certificate: case {} gets none", row.serviceCode(), row.caseNo());
            return;
        }
        String id = "1";
        String maskedId = row.applicant().idNumber();
        String verifyUrl = ctx.baseUrl() + "/v/" + row.caseNo() + "/" + id + "?c=" + verifyCode(row.caseNo(), id, maskedId);
        CertificateFacts facts = new CertificateFacts(kind, row.caseNo(), id, FormRules.text(applicant, "name").strip(),
                maskedId, Instant.ofEpochMilli(row.acceptedAtMs()).atZone(ctx.zone()), formJson, verifyUrl);
        Certificates.Rendered pdf;
        synchronized (this) {
            if (certificates == null) {
                certificates = new Certificates();
            }
            pdf = certificates.render(facts);
        }
        documents.insert(new DocumentStore.DocumentRow(row.caseNo(), id, kind.titleZh, kind.titleEn, pdf.pages(),
                RequestAuthenticator.sha256Hex(pdf.pdf()), row.acceptedAtMs() + DocumentStore.LIFETIME.toMillis(), 0),
                pdf.pdf(), ctx.clock().millis());
        log.info("case {} document {} issued, {} pages", row.caseNo(), id, pdf.pages());
    }

    /** The code in a certificate's verification URL ({@link VerifyPage}): from the case, the document and the masked holder. */
    static String verifyCode(String caseNo, String documentId, String maskedId) {
        return RequestAuthenticator.sha256Hex((caseNo + "/" + documentId + "/" + maskedId).getBytes(StandardCharsets.UTF_8))
                .substring(0, 12);
    }

    /** Adds {@code documents} to a case answer when the case has any. */
    void addTo(ObjectNode receipt, String caseNo) throws SQLException {
        List<DocumentStore.DocumentRow> rows = documents.ofCase(caseNo);
        if (rows.isEmpty()) {
            return;
        }
        ArrayNode list = receipt.putArray("documents");
        for (DocumentStore.DocumentRow d : rows) {
            ObjectNode n = list.addObject();
            n.put("id", d.documentId());
            ObjectNode title = n.putObject("title");
            title.put("zh", d.titleZh());
            title.put("en", d.titleEn());
            n.put("pages", d.pages());
            n.put("sha256", d.sha256());
            n.put("url", "/api/v1/cases/" + caseNo + "/documents/" + d.documentId());
        }
    }

    /** The document route, or null when the path is not one; every kiosk request passes here, so PDFs past their 24 hours are dropped. */
    Answer answer(String method, String path, String kioskId) throws SQLException {
        documents.sweep(ctx.clock().millis());
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !method.equals("GET")) {
            return null;
        }
        String caseNo = m.group(1);
        String id = m.group(2);
        SimStore.CaseRow row = ctx.store.caseByNo(caseNo)
                .orElseThrow(() -> new ApiError(404, "CASE_NOT_FOUND", "无此办件 / unknown case number"));
        if (!row.kioskId().equals(kioskId)) {
            throw new ApiError(403, "NOT_YOUR_CASE", "只能由提交办件的终端获取 / only the kiosk that filed the case may fetch it");
        }
        DocumentStore.Fetch f = documents.fetch(caseNo, id, ctx.clock().millis());
        if (f instanceof DocumentStore.Fetch.Pdf pdf) {
            log.info("case {} document {} fetched", caseNo, id);
            return new Answer(200, pdf.bytes(), "application/pdf", java.util.Map.of());
        }
        if (f instanceof DocumentStore.Fetch.Gone) {
            throw new ApiError(410, "DOCUMENT_GONE", "文件已取用3次或已超过24小时 / fetched 3 times or older than 24 hours");
        }
        throw new ApiError(404, "DOCUMENT_NOT_FOUND", "无此文件 / unknown document");
    }
}
