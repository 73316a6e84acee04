package zwfw.kiosk.app.screen.documents;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.simulated.SimulatedDocumentPrinter;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.platform.sim.Faults;

/**
 * Certificates printed on the spot (DOCUMENT services, contract §9) on the real kiosk with the demo's simulated A4
 * printer and the embedded platform: printed with progress, offered as the queryUrl's QR code when the printer is
 * out of paper, not offered offline. One kiosk for the class; the visit is driven by events except for what is proved.
 */
class DocumentJourneyTest {
    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk();

    @AfterEach
    void endVisit() {
        kiosk.reader().remove(); // else the visit's end asks for the card left on the reader
        kiosk.touch(new Action.EndVisit());
        a4().setConditions();
        kiosk.platform().setFaults(Faults.none());
        kiosk.awaitScreen("attract");
    }

    private static SimulatedDocumentPrinter a4() {
        return kiosk.app().assembly().device(SimulatedDocumentPrinter.class).orElseThrow();
    }

    private static ServiceItem certificate() {
        return kiosk.app().assembly().catalog().current().service("RS-0001").orElseThrow();
    }

    private static boolean visible(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Card, 个人参保证明打印 (for oneself by default), the form filled: the review screen. */
    private static void toReview(String copies) {
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ChooseService(certificate()));
        kiosk.touch(new Action.FormDone(Map.of("purpose", "个人证明", "copies", copies)));
        kiosk.awaitScreen("review");
    }

    @Test
    void theCertificateIsPrintedOnTheSpotWithItsPagesCountedThenTheCitizenIsToldToTakeIt() throws Exception {
        List<Step.Documents> seen = new CopyOnWriteArrayList<>();
        kiosk.app().navigator().visit().subscribe(c -> {
            if (c.after().step() instanceof Step.Result r) {
                seen.add(r.documents());
            }
        });
        toReview("2");
        assertFalse(visible("document-printer-warning"), "the A4 printer has paper");
        kiosk.click("review-confirm");
        kiosk.awaitScreen("result");
        await().atMost(Duration.ofSeconds(30)).until(() -> "请取走打印的证明".equals(kiosk.text("result-document")));
        int total = seen.get(seen.size() - 1).pagesTotal();
        assertTrue(total >= 2 && total % 2 == 0, "2 copies of the certificate: " + total + " pages");
        assertTrue(seen.stream().anyMatch(d -> d.state() == Step.Receipt.PRINTING && d.pagesDone() > 0 && d.pagesDone() < total),
                "progress page by page: " + seen);
        assertEquals(total, a4().lastFiles().size(), "the demo's PNGs of the last job, a file per page of each copy");
        assertTrue(a4().lastFiles().stream().allMatch(p -> p.startsWith(kiosk.dir().resolve("data").resolve("printed-a4"))));
        assertFalse(visible("receipt-qr"), "printed: no QR code needed");
        try (Stream<Path> files = Files.walk(kiosk.dir())) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".pdf")).toList(), "the PDF was held in memory only");
        }
    }

    @Test
    void withTheA4PrinterOutOfPaperTheCitizenIsToldBeforeSubmittingAndGetsTheQueryUrlAsAQrCode() throws Exception {
        a4().setConditions(DocumentPrinterCondition.PAPER_OUT);
        toReview("1");
        assertTrue(visible("document-printer-warning"), "said before submitting");
        assertEquals("证明打印机暂不能打印：提交后请用手机扫描屏幕上的二维码获取证明", kiosk.text("document-printer-warning"));
        kiosk.touch(new Action.Confirm());
        kiosk.awaitScreen("result");
        await().atMost(Duration.ofSeconds(10)).until(() -> visible("receipt-qr"));
        assertEquals("证明打印机暂不能打印，请用手机扫描二维码获取证明", kiosk.text("result-document"));
        ImageView qr = kiosk.robot().lookup("#receipt-qr").queryAs(ImageView.class);
        String code = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(SwingFXUtils.fromFXImage(qr.getImage(), null))))).getText();
        assertEquals(kiosk.app().navigator().visitData().outcome().queryUrl(), code);
        assertTrue(code.contains(kiosk.app().navigator().visitData().outcome().caseNo()), code);
    }

    @Test
    void offlineTheCertificateServiceIsGreyedOutWithTheReasonAndCannotBeChosen() {
        kiosk.platform().setFaults(Faults.parse("drop=1.0"));
        assertFalse(kiosk.app().assembly().heartbeat().sendNow(), "the platform does not answer");
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        await().atMost(Duration.ofSeconds(5)).until(() -> visible("service-unavailable-RS-0001"));
        assertEquals("网络中断，暂不能当场出具，请联网后再办", kiosk.text("service-unavailable-RS-0001"));
        Button certificate = kiosk.robot().lookup("#service-RS-0001").queryAs(Button.class);
        assertTrue(certificate.isDisabled());
        assertFalse(kiosk.robot().lookup("#service-RS-0002").queryAs(Button.class).isDisabled(), "a CASE service is queued offline");
        kiosk.robot().clickOn(certificate);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("home", kiosk.screen(), "greyed out: the touch does nothing");
        kiosk.platform().setFaults(Faults.none());
        assertTrue(kiosk.app().assembly().heartbeat().sendNow());
        // home rebuilds its list when the platform answers again: between the two the button may not be there
        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.robot().lookup("#service-RS-0001").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
    }
}
