package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** §9 documents printed on the spot, against the simulator over real HTTP on 127.0.0.1. */
class DocumentContractTest {
    static final String KIOSK = PlatformContractTest.KIOSK;
    static final String SECRET = PlatformContractTest.SECRET;
    static final String OTHER_KIOSK = "KSK-330304-0002";
    static final String OTHER_SECRET = "another-kiosks-secret";
    static final String MASKED_ID = "110105********002X";

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock();
    PlatformSimulator sim;
    SignedHttp http;

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(SimOptions.of(0, dir, KIOSK, SECRET).withClock(clock)
                .withKiosks(Map.of(KIOSK, SECRET, OTHER_KIOSK, OTHER_SECRET)));
        http = new SignedHttp(sim.url(), KIOSK, SECRET);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A DOCUMENT case as the kiosk sends it: no phone anywhere. */
    static ObjectNode documentCase(String service) {
        ObjectNode c = PlatformContractTest.caseBody(UUID.randomUUID().toString(), service);
        ((ObjectNode) c.get("applicant")).putNull("phone");
        ObjectNode form = c.putObject("form");
        switch (service) {
            case "RS-0001" -> form.put("purpose", "个人证明").put("copies", 1);
            case "YB-0001" -> form.put("yearFrom", 2020).put("copies", 1);
            default -> form.put("purpose", "个人查询").put("scope", "全市");
        }
        return c;
    }

    private JsonNode submit(ObjectNode c) throws Exception {
        SignedHttp.Answer a = http.post("/api/v1/cases", c);
        assertEquals(201, a.status(), String.valueOf(a.json()));
        return a.json();
    }

    @Test
    void theCatalogMarksTheCertificateServicesAsDocumentWithAnOptionalPhone() throws Exception {
        JsonNode services = http.get("/api/v1/catalog", Map.of()).json().get("services");
        int documents = 0;
        for (JsonNode s : services) {
            boolean document = s.path("delivery").asText("CASE").equals("DOCUMENT");
            if (document) {
                documents++;
                for (JsonNode f : s.get("form")) {
                    assertFalse(f.get("type").asText().equals("phone") && f.path("required").asBoolean(),
                            s.get("code") + " requires a phone");
                }
            }
            assertEquals(Set.of("RS-0001", "YB-0001", "BDC-0001").contains(s.get("code").asText()), document, s.get("code").asText());
        }
        assertEquals(3, documents);
    }

    @Test
    void aDocumentCaseAnswersWithItsCertificateWhosePdfHasTheSha256TheTextAndAVerificationQrCode() throws Exception {
        JsonNode receipt = submit(documentCase("RS-0001"));
        String caseNo = receipt.get("caseNo").asText();
        JsonNode d = receipt.get("documents").get(0);
        assertEquals(1, receipt.get("documents").size());
        assertEquals("个人参保证明", d.get("title").get("zh").asText());
        assertEquals("Social insurance certificate", d.get("title").get("en").asText());
        assertEquals("/api/v1/cases/" + caseNo + "/documents/1", d.get("url").asText());

        SignedHttp.Answer pdf = http.get(d.get("url").asText(), Map.of());
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.raw().headers().firstValue("Content-Type").orElseThrow());
        byte[] bytes = pdf.raw().body();
        assertEquals(d.get("sha256").asText(), RequestAuthenticator.sha256Hex(bytes));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(d.get("pages").asInt(), doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("参保"), text);
            assertTrue(text.contains(MASKED_ID), text);
            assertTrue(text.contains(PlatformContractTest.NAME), "a certificate names its holder: " + text);
            assertFalse(text.contains(PlatformContractTest.ID), "the full ID number is never printed");
            assertTrue(text.contains("累计缴费月数"), text);
            BufferedImage last = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 150);
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(last))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertTrue(qr.startsWith(sim.url() + "/v/" + caseNo + "/1?c="), qr);
            java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> page = plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(qr)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("有效") && page.body().contains(d.get("sha256").asText()) && page.body().contains(MASKED_ID),
                    page.body());
            assertFalse(page.body().contains(PlatformContractTest.NAME), "the verification page shows the holder masked");
            String forged = qr.substring(0, qr.length() - 1) + (qr.endsWith("0") ? "1" : "0");
            assertEquals(404, plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(forged)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void theMedicalAndPropertyCertificatesRenderToo() throws Exception {
        for (String service : new String[] {"YB-0001", "BDC-0001"}) {
            JsonNode d = submit(documentCase(service)).get("documents").get(0);
            byte[] bytes = http.get(d.get("url").asText(), Map.of()).raw().body();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(d.get("title").get("zh").asText()) && text.contains(MASKED_ID), text);
            }
        }
    }

    @Test
    void aDocumentIsFetchedAtMostThreeTimesThenGoneAndItsPdfDropped() throws Exception {
        JsonNode receipt = submit(documentCase("RS-0001"));
        String url = receipt.get("documents").get(0).get("url").asText();
        byte[] first = http.get(url, Map.of()).raw().body();
        assertArrayEquals(first, http.get(url, Map.of()).raw().body(), "the same bytes on every fetch");
        assertEquals(200, http.get(url, Map.of()).status());
        SignedHttp.Answer fourth = http.get(url, Map.of());
        assertEquals(410, fourth.status());
        assertEquals("DOCUMENT_GONE", fourth.code());
        assertFalse(sim.documents().holdsPdf(receipt.get("caseNo").asText(), "1"));
    }

    @Test
    void aDocumentIsGoneTwentyFourHoursAfterItsCaseAndItsPdfDroppedOnTheNextRequest() throws Exception {
        JsonNode receipt = submit(documentCase("YB-0001"));
        String url = receipt.get("documents").get(0).get("url").asText();
        // The clock runs on with real time: a margin of a minute, so a slow machine between the steps changes nothing
        clock.advance(Duration.ofHours(24).minusMinutes(1));
        http.timestampShiftMs += Duration.ofHours(24).minusMinutes(1).toMillis();
        http.get("/api/v1/catalog", Map.of());
        assertTrue(sim.documents().holdsPdf(receipt.get("caseNo").asText(), "1"), "still within its 24 hours");
        clock.advance(Duration.ofMinutes(1));
        http.timestampShiftMs += Duration.ofMinutes(1).toMillis();
        http.get("/api/v1/catalog", Map.of());
        assertFalse(sim.documents().holdsPdf(receipt.get("caseNo").asText(), "1"), "dropped by any request once due");
        assertEquals("DOCUMENT_GONE", http.get(url, Map.of()).code());
    }

    @Test
    void onlyTheSubmittingKioskMayFetchAndUnknownDocumentsAre404() throws Exception {
        JsonNode receipt = submit(documentCase("RS-0001"));
        String caseNo = receipt.get("caseNo").asText();
        SignedHttp other = new SignedHttp(sim.url(), OTHER_KIOSK, OTHER_SECRET);
        SignedHttp.Answer theirs = other.get("/api/v1/cases/" + caseNo + "/documents/1", Map.of());
        assertEquals(403, theirs.status());
        assertEquals("NOT_YOUR_CASE", theirs.code());
        assertEquals(404, http.get("/api/v1/cases/" + caseNo + "/documents/2", Map.of()).status());
        assertEquals(404, http.get("/api/v1/cases/SA20991231999999/documents/1", Map.of()).status());
        assertEquals(200, http.get("/api/v1/cases/" + caseNo + "/documents/1", Map.of()).status(), "the other kiosk used none of the 3 fetches");
    }

    @Test
    void aRepeatedDocumentCaseAnswersTheSameDocuments() throws Exception {
        ObjectNode c = documentCase("RS-0001");
        JsonNode first = submit(c);
        SignedHttp.Answer again = http.post("/api/v1/cases", c);
        assertEquals(200, again.status());
        assertEquals(first.get("documents"), again.json().get("documents"));
    }

    @Test
    void aCaseServiceStillNeedsAPhoneWhileADocumentServiceDoesNot() throws Exception {
        ObjectNode c = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "YB-0002");
        ((ObjectNode) c.get("applicant")).putNull("phone");
        c.putObject("form").put("destination", "上海").put("reason", "异地长期居住").put("startDate", "2026-12-01");
        SignedHttp.Answer a = http.post("/api/v1/cases", c);
        assertEquals(400, a.status(), String.valueOf(a.json()));
        assertEquals("applicant.phone", a.json().get("field").asText());
        assertFalse(submit(documentCase("RS-0001")).get("documents").isEmpty());
        assertTrue(submit(PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001")).has("documents"),
                "a phone given to a DOCUMENT service is fine too");
    }

    @Test
    void theStoreHoldsNoPersonalDataInClearAfterDocumentCases() throws Exception {
        String url = submit(documentCase("RS-0001")).get("documents").get(0).get("url").asText();
        submit(documentCase("BDC-0001"));
        assertEquals(200, http.get(url, Map.of()).status());
        PersonalDataAtRestTest.assertNoPersonalData(PersonalDataAtRestTest.storeBytes(dir), "after document cases");
        assertFalse(PersonalDataAtRestTest.contains(PersonalDataAtRestTest.storeBytes(dir), "%PDF-"), "the PDF is kept sealed");
        sim.close();
        PersonalDataAtRestTest.assertNoPersonalData(PersonalDataAtRestTest.storeBytes(dir), "after stop");
        sim = PlatformSimulator.start(SimOptions.of(0, dir, KIOSK, SECRET));
        http = new SignedHttp(sim.url(), KIOSK, SECRET);
        assertEquals("DOCUMENT_GONE", http.get(url, Map.of()).code(), "after a restart the sealing key is gone");
        assertFalse(sim.documents().holdsPdf(url.split("/")[4], "1"), "and the unopenable PDF is dropped at start");
    }

    @Test
    void theSameCaseRendersTheSameBytes() throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 29, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        CertificateFacts f = new CertificateFacts(CertificateKind.SOCIAL_INSURANCE, "SA20261129000001", "1", "张三丰",
                MASKED_ID, at, "{\"purpose\":\"购房\"}", "http://127.0.0.1/v/SA20261129000001/1?c=0");
        Certificates c = new Certificates();
        byte[] first = c.render(f).pdf();
        assertArrayEquals(first, new Certificates().render(f).pdf(), "a fresh renderer gives the same bytes");
        long start = System.nanoTime();
        int n = 10;
        for (int i = 0; i < n; i++) {
            assertArrayEquals(first, c.render(f).pdf());
        }
        System.out.printf("certificate render: %.1f ms each (%d renders, %d bytes)%n",
                (System.nanoTime() - start) / 1e6 / n, n, first.length);
    }

    /** A font not embedded (Standard-14 Helvetica) made PDFBox's renderer log "Using fallback font" for each certificate. */
    @Test
    void everyFontOfACertificateIsEmbeddedSoNoReaderSubstitutesOne() throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 29, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        for (CertificateKind kind : CertificateKind.values()) {
            CertificateFacts f = new CertificateFacts(kind, "SA20261129000001", "1", "张三丰", MASKED_ID, at,
                    "{\"purpose\":\"购房 2026\"}", "http://127.0.0.1/v/SA20261129000001/1?c=0");
            try (PDDocument doc = Loader.loadPDF(new Certificates().render(f).pdf())) {
                int fonts = 0;
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        var font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), kind + ": font " + font.getName() + " is not embedded");
                        fonts++;
                    }
                }
                assertTrue(fonts >= 2, kind + ": the CJK and the Latin font are both used, found " + fonts);
                assertTrue(new PDFTextStripper().getText(doc).contains("SA20261129000001"), kind + ": Latin text still drawn");
            }
        }
    }
}
