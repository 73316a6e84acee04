package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.visit.VisitData;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.drivers.camera.simulated.SimulatedDocumentCamera;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;
import zwfw.platform.sim.PlatformSimulator;

/**
 * Attachment fields on the real kiosk: pages captured with the simulated document camera, shown as
 * thumbnails, deleted, checked as required, sent in the case's {@code attachments} and wiped after.
 */
class AttachmentCaptureTest {
    static final String FIELD = "rentalContract";

    @TempDir
    Path temp;
    private KioskUnderTest kiosk;

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private SimulatedDocumentCamera camera() {
        return kiosk.app().assembly().device(SimulatedDocumentCamera.class).orElseThrow();
    }

    /** Card on the reader, then the residence permit (GA-0001: address, date, rental contract ≤ 2 pages, phone). */
    private void residencePermitForm() {
        kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
        kiosk.awaitScreen("home");
        ServiceItem permit = kiosk.app().assembly().catalog().current().services().stream()
                .filter(s -> s.code().equals("GA-0001")).findFirst().orElseThrow();
        kiosk.touch(new zwfw.kiosk.core.visit.VisitEvent.Action.ChooseService(permit));
        kiosk.fileForSelf(); // GA-0001 may be filed by an agent: this citizen files for themself
        kiosk.awaitScreen("form");
    }

    /** Scrolls the form so the control is on screen, then taps it. */
    private void tap(String id) {
        kiosk.robot().interact(() -> {
            Node n = kiosk.robot().lookup("#" + id).query();
            Parent p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                if (range > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / range)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        kiosk.click(id);
    }

    private void type(String field, String keys) {
        tap("field-" + field);
        for (char c : keys.toCharArray()) {
            kiosk.click("key-" + c);
        }
    }

    private void fillTheOtherFields() {
        type("address", "A1");
        type("residentSince", "2025-03-01");
        type("phone", "13800138000");
    }

    private boolean disabled(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).queryAs(Button.class).isDisabled();
    }

    private void capture(String expectedCount) {
        tap("capture-" + FIELD);
        await().atMost(Duration.ofSeconds(15)).until(() -> expectedCount.equals(kiosk.text("capture-count-" + FIELD)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void twoPagesCapturedOneDeletedTheOtherIsSentWithItsChecksumAndWipedAfterwards() throws Exception {
        residencePermitForm();
        assertEquals("0/2 页", kiosk.text("capture-count-" + FIELD));
        VisitData session = kiosk.app().navigator().visitData();
        capture("1/2 页");
        capture("2/2 页");
        assertTrue(disabled("capture-" + FIELD), "the field takes at most 2 pages");
        assertEquals(2, kiosk.robot().lookup("#capture-pages-" + FIELD).queryAs(Parent.class).getChildrenUnmodifiable().size(),
                "a thumbnail per page");
        List<EncodedPage> pages = session.pages().pages(FIELD);
        EncodedPage first = pages.get(0);
        EncodedPage second = pages.get(1);
        String kept = sha256(second.jpeg());

        tap("capture-delete-" + FIELD + "-0");
        assertEquals("1/2 页", kiosk.text("capture-count-" + FIELD));
        assertTrue(first.isWiped(), "a deleted page is zeroed at once");
        assertFalse(disabled("capture-" + FIELD));

        fillTheOtherFields();
        tap("form-next");
        kiosk.awaitScreen("review");
        boolean shown = false;
        for (int row = 0; row < 10; row++) {
            shown |= kiosk.robot().lookup("#review-value-" + row).tryQuery().map(n -> "1 页".equals(((javafx.scene.control.Labeled) n).getText())).orElse(false);
        }
        assertTrue(shown, "the review says how many pages, and shows no image");
        kiosk.click("review-confirm");
        kiosk.awaitScreen("result");
        assertEquals("提交成功", kiosk.text("result-title"));

        String caseNo = kiosk.platform().cases().get(0).caseNo();
        List<PlatformSimulator.StoredAttachment> stored = kiosk.platform().attachments(caseNo);
        assertEquals(1, stored.size());
        PlatformSimulator.StoredAttachment a = stored.get(0);
        assertEquals(FIELD + "-1.jpg", a.name());
        assertEquals("image/jpeg", a.contentType());
        assertEquals(kept, a.sha256(), "the page that was kept, byte for byte");
        assertEquals(sha256(a.data()), a.sha256());
        assertTrue(a.data().length <= PageEncoder.CONTRACT_MAX_BYTES, a.data().length + " bytes");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(a.data()));
        assertEquals(1654, img.getWidth(), "A4 at 200 dpi");
        assertEquals(2339, img.getHeight());

        kiosk.click("result-finish");
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(5)).until(second::isWiped); // the visit's pages are zeroed when it ends
        assertEquals(0, session.pages().total());
        assertTrue(kiosk.app().navigator().visitData().isEmpty());
    }

    @Test
    void aRequiredAttachmentWithoutPagesStopsTheFormWithAPlainProblem() {
        residencePermitForm();
        fillTheOtherFields();
        tap("form-next");
        assertEquals("form", kiosk.screen());
        assertEquals("租赁合同或房产证明为必填项", kiosk.text("problem-" + FIELD));
        capture("1/2 页");
        assertEquals("", kiosk.text("problem-" + FIELD), "the problem goes once a page is there");
        tap("form-next");
        kiosk.awaitScreen("review");
    }

    @Test
    void anUnpluggedCameraIsExplainedInPlainWordsAndTheRestOfTheFormStillWorks() {
        residencePermitForm();
        kiosk.robot().type(javafx.scene.input.KeyCode.F5); // the demo key unplugs the simulated camera
        assertFalse(camera().isConnected());
        tap("capture-" + FIELD);
        await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.text("capture-problem-" + FIELD).isEmpty());
        assertEquals("高拍仪未连接，请到窗口办理或联系工作人员", kiosk.text("capture-problem-" + FIELD));
        assertEquals("0/2 页", kiosk.text("capture-count-" + FIELD));
        assertFalse(disabled("capture-" + FIELD), "the citizen may try again");

        type("phone", "138");
        assertEquals("手机号码应为11位手机号码", kiosk.text("problem-phone"), "other fields are still checked as typed");
        type("phone", "00138000");
        assertEquals("", kiosk.text("problem-phone"));

        kiosk.robot().type(javafx.scene.input.KeyCode.F5); // and plugs it back in
        assertTrue(camera().isConnected());
        capture("1/2 页");
        assertEquals("", kiosk.text("capture-problem-" + FIELD), "the old problem is cleared by a good capture");
    }

    @Test
    void noPaperUnderTheCameraSaysWhatToDoAndEnglishWorksToo() {
        residencePermitForm();
        camera().setPaperPresent(false);
        tap("capture-" + FIELD);
        await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.text("capture-problem-" + FIELD).isEmpty());
        assertEquals("没有拍到材料，请将材料正面朝上放在高拍仪下，再点“拍摄材料”", kiosk.text("capture-problem-" + FIELD));
        kiosk.robot().interact(() -> kiosk.app().navigator().messages().toggle());
        assertEquals("Capture", kiosk.text("capture-" + FIELD));
        assertEquals("No document was seen. Place it face up under the document camera and tap Capture again",
                kiosk.text("capture-problem-" + FIELD));
        assertEquals("0/2 pages", kiosk.text("capture-count-" + FIELD));

        camera().setPaperPresent(true);
        capture("1/2 pages");
        assertEquals(1, kiosk.robot().lookup("#capture-pages-" + FIELD).queryAs(Parent.class).getChildrenUnmodifiable().size(),
                "the row rebuilt for English shows the new page");
        assertEquals("", kiosk.text("capture-problem-" + FIELD));
    }

    @Test
    void inElderlyModeTheCaptureButtonAndDeleteAreLargeEnough() {
        residencePermitForm();
        kiosk.robot().interact(() -> kiosk.app().navigator().elderlyProperty().set(true));
        // 长辈版 pages the form two fields a page: the rental contract is on the second.
        kiosk.robot().interact(() -> {
            kiosk.robot().lookup("#field-address").queryAs(javafx.scene.control.TextField.class).setText("A1");
            kiosk.robot().lookup("#field-residentSince").queryAs(javafx.scene.control.TextField.class).setText("2025-03-01");
            kiosk.robot().lookup("#form-next").queryAs(javafx.scene.control.ButtonBase.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        capture("1/2 页");
        Node button = kiosk.robot().lookup("#capture-" + FIELD).query();
        Node delete = kiosk.robot().lookup("#capture-delete-" + FIELD + "-0").query();
        assertTrue(button.getBoundsInLocal().getHeight() >= 80, "capture button " + button.getBoundsInLocal().getHeight());
        assertTrue(delete.getBoundsInLocal().getHeight() >= 80 && delete.getBoundsInLocal().getWidth() >= 80);
    }
}
