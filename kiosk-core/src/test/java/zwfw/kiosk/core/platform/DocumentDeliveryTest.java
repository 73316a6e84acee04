package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.catalog.Catalog;
import zwfw.kiosk.core.catalog.Delivery;
import zwfw.kiosk.core.outbox.CaseSubmitter;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/** §9 documents printed on the spot, from the kiosk's side, against the simulator over HTTP on 127.0.0.1. */
class DocumentDeliveryTest {
    static final String MASKED_ID = "110105********002X";

    @TempDir
    Path dir;
    KioskFixture k;

    @BeforeEach
    void start() {
        k = new KioskFixture(dir);
    }

    @AfterEach
    void stop() {
        k.close();
    }

    @Test
    void theCatalogSaysWhichServicesDeliverADocumentAndAbsentOrUnknownMeansCase() throws Exception {
        Catalog c = Catalog.parse(k.client.catalog(null).value().body());
        assertEquals(Delivery.DOCUMENT, c.service("RS-0001").orElseThrow().delivery());
        assertEquals(Delivery.DOCUMENT, c.service("YB-0001").orElseThrow().delivery());
        assertEquals(Delivery.CASE, c.service("RS-0002").orElseThrow().delivery());
        Catalog later = Catalog.parse(("{\"version\":1,\"services\":[{\"code\":\"A\",\"name\":{\"zh\":\"甲\"},\"form\":[],"
                + "\"delivery\":\"PARCEL\"},{\"code\":\"B\",\"name\":{\"zh\":\"乙\"},\"form\":[]}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(Delivery.CASE, later.service("A").orElseThrow().delivery());
        assertFalse(later.service("B").orElseThrow().deliversDocument());
        Catalog fallback = Catalog.parse(java.nio.file.Files.readAllBytes(Path.of("..", "config", "catalog.json")));
        assertTrue(fallback.service("RS-0001").orElseThrow().deliversDocument(), "the fallback catalog agrees");
    }

    @Test
    void aDocumentCaseAnswersWithItsCertificateAndTheFetchedPdfIsTheOneItNames() throws Exception {
        CaseReceipt r = k.client.submitCase(KioskFixture.aCase("RS-0001")).value();
        assertEquals(1, r.documents().size());
        DocumentRef d = r.documents().get(0);
        assertEquals("个人参保证明", d.title().zh());
        byte[] pdf = k.client.fetchDocument(d).value();
        assertEquals(d.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(d.pages(), doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("参保") && text.contains(MASKED_ID), text);
            assertFalse(text.contains(KioskFixture.ID_NUMBER));
            var page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 150);
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertTrue(qr.startsWith(k.sim.url() + "/v/" + r.caseNo() + "/1?c="), qr);
        }
    }

    @Test
    void threeFetchesThenGoneAndUnknownDocumentsAreNotFound() {
        CaseReceipt r = k.client.submitCase(KioskFixture.aCase("RS-0001")).value();
        DocumentRef d = r.documents().get(0);
        for (int i = 0; i < 3; i++) {
            assertTrue(k.client.fetchDocument(d).isOk(), "fetch " + (i + 1));
        }
        PlatformError gone = k.client.fetchDocument(d).error();
        assertEquals(410, gone.status());
        assertEquals("DOCUMENT_GONE", gone.code());
        assertEquals(PlatformError.Decision.REJECT, gone.decision());
        PlatformError unknown = k.client.fetchDocument("/api/v1/cases/" + r.caseNo() + "/documents/9", d.sha256()).error();
        assertEquals(PlatformError.Kind.NOT_FOUND, unknown.kind());
        assertFalse(k.client.fetchDocument("https://elsewhere.example/api/v1/x", d.sha256()).isOk(),
                "a signed request never goes to a host the answer names");
    }

    @Test
    void anotherKioskMayNotFetchTheDocument() {
        try (PlatformSimulator sim = PlatformSimulator.start(SimOptions.of(0, dir.resolve("two"), KioskFixture.KIOSK, KioskFixture.SECRET)
                .withKiosks(Map.of(KioskFixture.KIOSK, KioskFixture.SECRET, "KSK-330304-0002", "other-secret")));
             PlatformClient mine = new PlatformClient(new PlatformSettings(sim.url(), KioskFixture.KIOSK, KioskFixture.SECRET,
                     k.client.settings().timeouts(), null, List.of()));
             PlatformClient theirs = new PlatformClient(new PlatformSettings(sim.url(), "KSK-330304-0002", "other-secret",
                     k.client.settings().timeouts(), null, List.of()))) {
            DocumentRef d = mine.submitCase(KioskFixture.aCase("RS-0001")).value().documents().get(0);
            PlatformError e = theirs.fetchDocument(d).error();
            assertEquals(403, e.status());
            assertEquals("NOT_YOUR_CASE", e.code());
        }
    }

    @Test
    void aTamperedDocumentIsRefusedAndAnOversizedOneIsNotRead() throws Exception {
        byte[] genuine = "%PDF-1.7 genuine".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(genuine));
        HttpServer hostile = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hostile.createContext("/api/v1/cases/SA1/documents/1", ex -> {
            byte[] tampered = "%PDF-1.7 tampered".getBytes(StandardCharsets.US_ASCII);
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, tampered.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(tampered);
            }
        });
        hostile.createContext("/api/v1/cases/SA1/documents/2", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, AnswerLimits.DOCUMENT_BYTES + 1);
            ex.close();
        });
        hostile.start();
        try (PlatformClient c = new PlatformClient(new PlatformSettings("http://127.0.0.1:" + hostile.getAddress().getPort(),
                KioskFixture.KIOSK, KioskFixture.SECRET, k.client.settings().timeouts(), null, List.of()), Clock.systemUTC())) {
            PlatformResult<byte[]> r = c.fetchDocument("/api/v1/cases/SA1/documents/1", sha);
            assertFalse(r.isOk());
            assertEquals(PlatformClient.DOCUMENT_MISMATCH, r.error().code());
            assertEquals(AnswerLimits.TOO_LARGE, c.fetchDocument("/api/v1/cases/SA1/documents/2", sha).error().code());
        } finally {
            hostile.stop(0);
        }
    }

    @Test
    void aCaseQueuedThenDeliveredKeepsItsDocumentsInTheOutboxAcrossARestart() throws Exception {
        OutboxEntry queued = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        assertTrue(queued.documents().isEmpty());
        assertTrue(k.worker(null).flush(Duration.ofSeconds(10)));
        OutboxEntry delivered = k.outbox.entry(queued.clientRef()).orElseThrow();
        assertEquals(1, delivered.documents().size());
        k.db.close();
        try (KioskDatabase again = KioskDatabase.open(k.dataDir, KioskFixture.migrations())) {
            DocumentRef d = new Outbox(again, KioskFixture.KEY, Clock.systemUTC()).entry(queued.clientRef()).orElseThrow().documents().get(0);
            assertEquals(delivered.documents().get(0), d);
            assertTrue(k.client.fetchDocument(d).isOk(), "fetched after the QUEUED→DELIVERED path");
        }
    }

    @Test
    void aDatabaseOfTheSecondOutboxSchemaIsBroughtForwardAndItsDeliveredCasesListNoDocuments() {
        Path old = dir.resolve("old");
        try (KioskDatabase db = KioskDatabase.open(old, Outbox.migrations().subList(0, 2))) {
            db.transaction(c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("INSERT INTO outbox(kind, client_ref, service_code, state, created_at, case_no)"
                            + " VALUES('CASE','case-old','RS-0001','DELIVERED',1,'SA20261101000001')");
                }
                return null;
            });
        }
        try (KioskDatabase db = KioskDatabase.open(old, Outbox.migrations())) {
            assertEquals(3, db.schemaVersion("outbox"));
            OutboxEntry e = new Outbox(db, KioskFixture.KEY, Clock.systemUTC()).entry("case-old").orElseThrow();
            assertEquals("SA20261101000001", e.caseNo());
            assertTrue(e.documents().isEmpty());
        }
    }

    @Test
    void theSubmitOutcomeOfADeliveredDocumentCaseListsItsDocumentsAndACaseServiceNone() {
        try (DeliveryWorker w = k.worker(null)) {
            CaseSubmitter submitter = new CaseSubmitter(k.outbox, w);
            SubmitOutcome document = submitter.submit(KioskFixture.aCase("RS-0001"), Duration.ofSeconds(10));
            assertEquals(SubmitOutcome.State.DELIVERED, document.state());
            assertEquals("个人参保证明", document.documents().get(0).title().zh());
            SubmitOutcome plain = submitter.submit(KioskFixture.aCase(java.util.UUID.randomUUID().toString(), "GA-0002",
                    Map.of("purpose", "出国", "phone", KioskFixture.PHONE)), Duration.ofSeconds(10));
            assertEquals(SubmitOutcome.State.DELIVERED, plain.state(), plain.message());
            assertTrue(plain.documents().isEmpty());
        }
    }
}
