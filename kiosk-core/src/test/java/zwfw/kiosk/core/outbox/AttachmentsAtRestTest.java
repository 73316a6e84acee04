package zwfw.kiosk.core.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.attachment.CaseAttachments;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;

/**
 * Pictures of a citizen's papers are personal data: in the outbox's SQLite file they exist only
 * sealed, and they leave the record as soon as the case is delivered (before the receipt is printed).
 */
class AttachmentsAtRestTest {
    static final String MARKER = "MARKER-rental-contract-7731";

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

    /** A real JPEG page with the marker in a comment segment, as bytes that end up in the case body. */
    static byte[] pageWithMarker() throws Exception {
        BufferedImage img = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.BLACK);
        g.drawString("Rental contract", 40, 60);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] jpeg = new PageEncoder().encode(png.toByteArray()).jpeg();
        byte[] text = MARKER.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) (text.length + 2)}); // COM segment
        out.write(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static CaseSubmission residencePermit(byte[] page) {
        CaseAttachments pages = new CaseAttachments();
        FormField field = new FormField("rentalContract", FieldType.ATTACHMENT, new LocalizedText("租赁合同", "Rental contract"),
                true, null, null, null, null, null, 2);
        pages.add(field, new EncodedPage(page, 400, 560, 0.85f));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("address", "瓯海区娄桥街道古岸头路1号");
        form.put("residentSince", "2025-03-01");
        form.put("phone", KioskFixture.PHONE);
        form.putAll(pages.names());
        return new CaseSubmission(UUID.randomUUID().toString(), "GA-0001", KioskFixture.KIOSK, CaseSubmission.KIOSK_CHANNEL,
                "2026-11-24T09:30:00+08:00", new Person(KioskFixture.NAME, IdType.RESIDENT_ID, KioskFixture.ID_NUMBER,
                KioskFixture.PHONE), null, form, pages.attachments());
    }

    @Test
    void theMarkerInAPageNeverAppearsInTheDatabaseFilesAndThePageLeavesOnDelivery() throws Exception {
        byte[] page = pageWithMarker();
        CaseSubmission c = residencePermit(page);
        k.outbox.enqueueCase(c);
        assertEquals(1, k.outbox.caseSubmission(c.clientCaseId()).orElseThrow().attachments().size(), "sealed, not lost");

        assertNotOnDisk(page);

        DeliveryWorker w = k.worker(new OutboxListener() {
        });
        w.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> k.outbox.entry(c.clientCaseId()).orElseThrow().state() == EntryState.DELIVERED);
        } finally {
            w.close();
        }
        String caseNo = k.outbox.entry(c.clientCaseId()).orElseThrow().caseNo();
        assertEquals(1, k.sim.attachments(caseNo).size(), "the platform got the page");
        // delivered, visit not yet ended: the name and ID stay for the receipt, the page is gone
        CaseSubmission kept = k.outbox.caseSubmission(c.clientCaseId()).orElseThrow();
        assertTrue(kept.attachments().isEmpty(), "attachments dropped on delivery");
        assertEquals(KioskFixture.ID_NUMBER, kept.applicant().idNumber());
        assertEquals(List.of("rentalContract-1.jpg"), kept.form().get("rentalContract"));
        assertTrue(k.outbox.visitEnded(c.clientCaseId()));
        assertTrue(k.outbox.caseSubmission(c.clientCaseId()).isEmpty());
        assertNotOnDisk(page);
    }

    private void assertNotOnDisk(byte[] page) throws Exception {
        byte[] onDisk = OnDisk.everyFile(k.dataDir);
        assertTrue(onDisk.length > 0);
        assertFalse(OnDisk.contains(onDisk, MARKER.getBytes(StandardCharsets.US_ASCII)), "the marker in plain bytes");
        // the body holds the page base64-encoded: no stretch of that text may be on disk either
        String b64 = Base64.getEncoder().encodeToString(page);
        for (int at = 0; at + 32 <= b64.length(); at += b64.length() / 8) {
            assertFalse(OnDisk.contains(onDisk, b64.substring(at, at + 32).getBytes(StandardCharsets.US_ASCII)), "base64 of the page at " + at);
        }
        // and the sealed column is all there is: a plain JPEG start is not in the file
        assertFalse(OnDisk.contains(onDisk, java.util.Arrays.copyOfRange(page, 0, 40)), "the page's plain bytes");
    }


}
