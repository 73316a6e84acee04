package zwfw.kiosk.core.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.escpos.DocumentEncoder;
import zwfw.kiosk.drivers.printer.interpreter.EscPosInterpreter;
import zwfw.kiosk.drivers.printer.interpreter.Printout;
import zwfw.kiosk.drivers.printer.layout.DisplayWidth;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

class ReceiptDocumentsTest {

    static Printout print(PrintDocument doc, String profile) {
        PrinterProfile p = PrinterProfiles.require(profile);
        return new EscPosInterpreter(p.dotsPerLine(), p.chineseFont()).interpret(new DocumentEncoder(p).encode(doc));
    }

    static String decodeQr(BufferedImage image) throws Exception {
        return new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))[0].getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"58mm", "80mm"})
    void theCaseReceiptPrintsEveryFactWithPersonalDataMasked(String profile) throws Exception {
        Printout out = print(ReceiptDocuments.caseReceipt(SampleReceipts.accepted()), profile);
        String text = out.text();
        assertTrue(text.contains("温州市鹿城区政务服务中心"), text);
        assertTrue(text.contains("个人参保证明打印"), text);
        assertTrue(text.contains("SA20261124000123"), text);
        assertTrue(text.contains("欧阳**"), text);
        assertTrue(text.contains("330304********1234"), text);
        assertTrue(text.contains("2026-11-24 09:30"), text);
        assertTrue(text.contains("2026-11-27"), text);
        assertTrue(text.contains("KSK-330304-0001"), text);
        assertTrue(text.contains("12345"), text);
        assertTrue(text.contains(ReceiptDocuments.KEEP_SAFE), text);
        assertFalse(text.contains(SampleReceipts.ID_NUMBER));
        assertFalse(text.contains(SampleReceipts.NAME));
        assertEquals(SampleReceipts.QUERY_URL, out.qrCodes().get(0).content());
        assertEquals(SampleReceipts.QUERY_URL, decodeQr(out.image()));
        int columns = PrinterProfiles.require(profile).columns();
        out.lines().forEach(l -> assertTrue(DisplayWidth.of(l) <= columns, () -> "line too wide: " + l));
        assertEquals(1, out.cuts());
    }

    @Test
    void theQueuedReceiptShowsTheLocalReferenceAndALocalCaseQr() throws Exception {
        Printout out = print(ReceiptDocuments.caseReceipt(SampleReceipts.queued()), "58mm");
        String text = out.text().replace("\n", "");
        assertTrue(text.contains(SampleReceipts.CLIENT_CASE_ID.substring(0, 20)), text);
        assertTrue(text.contains(ReceiptDocuments.SUBMIT_WHEN_ONLINE), text);
        assertTrue(text.contains("张*"), text);
        assertFalse(text.contains("受理编号："), "no case number yet");
        String expected = "zwfw://local-case?kiosk=KSK-330304-0001&ref=" + SampleReceipts.CLIENT_CASE_ID;
        assertEquals(expected, decodeQr(out.image()));
    }

    @Test
    void theRawIdNumberNeverReachesThePrinterBytes() {
        byte[] job = new DocumentEncoder(PrinterProfiles.require("80mm")).encode(ReceiptDocuments.caseReceipt(SampleReceipts.accepted()));
        String asText = new String(job, Charset.forName("GB18030"));
        assertFalse(asText.contains(SampleReceipts.ID_NUMBER));
        assertFalse(asText.contains(SampleReceipts.NAME));
    }

    @Test
    void anAcceptedCaseNeedsItsQueryUrl() {
        assertThrows(NullPointerException.class, () -> ReceiptFacts.accepted("c", "s", "SA1", "张三", "1",
                SampleReceipts.accepted().submittedAt(), null, "K", null));
    }

    @Test
    void theTestPageCarriesTitleProfileKioskAndItsQr() throws Exception {
        Printout out = print(ReceiptDocuments.testPage("58mm", "KSK-UNCONFIGURED"), "58mm");
        assertEquals("打印测试", out.lines().get(0));
        assertTrue(out.text().contains("58mm"));
        assertTrue(out.text().contains("KSK-UNCONFIGURED"));
        assertTrue(String.join(" ", out.lines()).contains("政务服务自助终端 Self-service kiosk"), out.text());
        assertEquals(ReceiptDocuments.TEST_PAGE_QR, decodeQr(out.image()));
        assertEquals(1, out.cuts());
    }

    /** Saves the standard receipt as the interpreter draws it, for people to look at (target/receipt-samples). */
    @Test
    void savesSampleImagesForInspection() throws Exception {
        Path dir = Path.of("target", "receipt-samples");
        Files.createDirectories(dir);
        for (String profile : new String[] {"58mm", "80mm"}) {
            Printout out = print(ReceiptDocuments.caseReceipt(SampleReceipts.accepted()), profile);
            ImageIO.write(out.image(), "png", dir.resolve("case-receipt-" + profile + ".png").toFile());
        }
        Printout queued = print(ReceiptDocuments.caseReceipt(SampleReceipts.queued()), "58mm");
        ImageIO.write(queued.image(), "png", dir.resolve("queued-receipt-58mm.png").toFile());
        Printout simple = print(ReceiptDocuments.caseReceipt(SampleReceipts.accepted()), "simple");
        ImageIO.write(simple.image(), "png", dir.resolve("case-receipt-simple.png").toFile());
        assertTrue(Arrays.stream(dir.toFile().list()).filter(n -> n.endsWith(".png")).count() >= 4);
    }
}
