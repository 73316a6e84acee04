package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.core.receipt.ReceiptFacts;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;

/** The demo keys F2 (a fresh login QR code), F4 (the last printed receipt) and F6 (the reader unplugged) on the real kiosk. */
class DemoKeysTest {
    private static final Duration SOON = Duration.ofSeconds(10);

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

    private boolean receiptShown() {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#demo-receipt").query().isVisible();
    }

    @Test
    void f2ShowsTheScannerAFreshLoginCodeThatIdentifiesTheSampleCitizen() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("identify");
        kiosk.robot().type(KeyCode.F2);
        kiosk.awaitScreen("form");
        assertEquals("李四", kiosk.app().navigator().visitData().applicant().name());

        // A second press issues another token: a used one would be refused by the platform.
        kiosk.click("end-session");
        kiosk.awaitScreen("attract");
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("service-RS-0001");
        kiosk.fileForSelf(); // RS-0001 may be filed by an agent: for oneself
        kiosk.awaitScreen("identify");
        kiosk.robot().type(KeyCode.F2);
        kiosk.awaitScreen("form");
    }

    @Test
    void f4ShowsTheLastPrintedReceiptAndHidesItAgain() {
        SimulatedPrinter printer = kiosk.app().assembly().device(SimulatedPrinter.class).orElseThrow();
        kiosk.robot().type(KeyCode.F4);
        assertFalse(receiptShown(), "nothing printed yet: nothing to show");

        ReceiptFacts facts = ReceiptFacts.queued("瓯海区政务服务中心", "个人参保证明", "0b6f1d1e-2c1f-4f7e-9d7a-3b2d8c6f0a11",
                "王五", "330302199001021230", OffsetDateTime.now(), "KSK-330304-0001");
        assertTrue(printer.print(ReceiptDocuments.caseReceipt(facts)).isPrinted());
        await().atMost(SOON).until(() -> printer.lastImageFile().isPresent());

        kiosk.robot().type(KeyCode.F4);
        await().atMost(SOON).until(this::receiptShown);
        ImageView image = (ImageView) kiosk.robot().lookup("#demo-receipt").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().stream().filter(ImageView.class::isInstance).findFirst().orElseThrow();
        assertNotNull(image.getImage());
        assertTrue(image.getImage().getUrl().endsWith(printer.lastImageFile().orElseThrow().getFileName().toString()),
                image.getImage().getUrl());
        assertTrue(image.getImage().getHeight() > 100, "a real receipt image");

        kiosk.robot().type(KeyCode.F4);
        await().atMost(SOON).until(() -> !receiptShown());
        Node demo = kiosk.robot().lookup("#demo-receipt").query();
        assertTrue(demo.isMouseTransparent(), "the receipt panel never takes a touch meant for the screen");
    }

    @Test
    void f6UnplugsTheIdCardReaderSoTheOutOfServiceScreenCanBeTriedAndPlugsItBack() {
        kiosk.robot().type(KeyCode.F6);
        await().atMost(SOON).until(() -> kiosk.robot().lookup("#out-of-service").query().isVisible());
        assertEquals("身份证阅读器故障，暂时无法办理", kiosk.text("out-of-service-reason"));
        kiosk.robot().type(KeyCode.F6);
        await().atMost(SOON).until(() -> !kiosk.robot().lookup("#out-of-service").query().isVisible());
        kiosk.robot().type(KeyCode.F1); // the reader reads again
        kiosk.awaitScreen("home");
    }
}
