package zwfw.kiosk.drivers.camera.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.camera.BlankPicture;
import zwfw.kiosk.drivers.camera.CameraDrivers;
import zwfw.kiosk.drivers.camera.CaptureFailure;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;

class SimulatedDocumentCameraTest {
    private SimulatedDocumentCamera camera;

    @AfterEach
    void close() {
        if (camera != null) {
            camera.close();
        }
    }

    private SimulatedDocumentCamera started(int dpi) throws DeviceException {
        DeviceRegistry registry = CameraDrivers.registerAll(new DeviceRegistry());
        camera = (SimulatedDocumentCamera) registry.create(new DeviceConfig("camera", DeviceKind.DOCUMENT_CAMERA, "simulated", Map.of("dpi", dpi)));
        camera.open();
        camera.enable();
        return camera;
    }

    @Test
    void eachCaptureIsADifferentA4PageAsJpeg() throws Exception {
        DocumentCamera c = started(100);
        CapturedImage first = c.capture();
        CapturedImage second = c.capture();
        assertEquals(CapturedImage.JPEG, first.contentType());
        assertEquals(827, first.width());
        assertEquals(1169, first.height());
        var decoded = ImageIO.read(new ByteArrayInputStream(first.data()));
        assertEquals(827, decoded.getWidth());
        assertFalse(Arrays.equals(first.data(), second.data()), "two captures must differ");
        assertFalse(BlankPicture.isBlank(first.data(), BlankPicture.DEFAULT_THRESHOLD), "the page has print on it");
        assertEquals(DeviceState.READY, c.status().state());
        assertFalse(first.toString().contains("data"));
    }

    @Test
    void unpluggedItIsOfflineAndCapturesFailUntilPluggedBackIn() throws Exception {
        SimulatedDocumentCamera c = started(100);
        c.setConnected(false);
        assertEquals(DeviceState.OFFLINE, c.status().state());
        DeviceException e = assertThrows(DeviceException.class, c::capture);
        assertEquals(CaptureFailure.NOT_CONNECTED, e.code());
        c.setConnected(true);
        assertEquals(DeviceState.READY, c.status().state());
        assertTrue(c.capture().data().length > 0);
    }

    @Test
    void withoutPaperACaptureReportsNoPaper() throws Exception {
        SimulatedDocumentCamera c = started(100);
        c.setPaperPresent(false);
        assertEquals(CaptureFailure.NO_PAPER, assertThrows(DeviceException.class, c::capture).code());
    }

    @Test
    void aClosedCameraRefusesToCapture() throws Exception {
        SimulatedDocumentCamera c = started(100);
        c.close();
        assertEquals(CaptureFailure.NOT_READY, assertThrows(DeviceException.class, c::capture).code());
    }

    @Test
    void numbersAndSignsAreDrawnInFullWidthFormsTheCjkFontHas() throws Exception {
        java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, zwfw.kiosk.drivers.font.CjkFont.open());
        String text = SimulatedDocumentCamera.fullWidth("编号：2026-00042 第 7 次拍摄 日期：2026年11月24日 合同专用章");
        text.codePoints().filter(c -> c != ' ').forEach(c ->
                assertTrue(font.canDisplay(c), "no glyph for U+" + Integer.toHexString(c) + " in " + text));
        assertEquals("２０２６－１１", SimulatedDocumentCamera.fullWidth("2026-11"));
    }

    @Test
    void wipeZeroesTheBytes() throws Exception {
        CapturedImage img = started(60).capture();
        img.wipe();
        for (byte b : img.data()) {
            assertEquals(0, b);
        }
    }
}
