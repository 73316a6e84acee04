package zwfw.kiosk.app.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;

/** {@code kioskctl config validate} knows the document camera's kind and its drivers. */
class CameraConfigValidateTest {
    @TempDir
    Path dir;

    private int validate(String cameraKind, String cameraDriver, CapturedKioskCtl ctl) throws Exception {
        return validate(cameraKind, cameraDriver, "dpi: 200", ctl);
    }

    private int validate(String cameraKind, String cameraDriver, String setting, CapturedKioskCtl ctl) throws Exception {
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data").replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml")
                .replace("    kind: DOCUMENT_CAMERA\n    driver: simulated", "    kind: " + cameraKind + "\n    driver: " + cameraDriver)
                .replace("      dpi: 200 ", "      " + setting + " ");
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        return ctl.run("config", "validate", "--config", dir.toString());
    }

    @Test
    void theShippedCameraAndTheFolderDriverPass() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, validate("DOCUMENT_CAMERA", "simulated", ctl), ctl.err());
        CapturedKioskCtl folder = new CapturedKioskCtl();
        assertEquals(0, validate("DOCUMENT_CAMERA", "folder", "directory: " + dir.resolve("camera-out"), folder), folder.err());
    }

    @Test
    void theFolderDriverRefusesTheSimulatedCamerasSettingAndNamesWhatItLacks() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, validate("DOCUMENT_CAMERA", "folder", ctl));
        assertTrue(ctl.err().matches("(?s).*kiosk\\.yaml:\\d+: devices\\[4\\]\\.settings\\.dpi: unknown setting \\(this driver's settings: directory, .*"),
                ctl.err());
        assertTrue(ctl.err().matches("(?s).*kiosk\\.yaml:\\d+: devices\\[4\\]\\.settings\\.directory: missing required setting: where the capture tool writes its pictures.*"),
                ctl.err());
    }

    @Test
    void aCameraDpiOutOfRangeIsRefusedByValidateAsAtStart() throws Exception {
        for (String dpi : new String[] {"-1", "601", "2147483648", "1e18", "'200'"}) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(2, validate("DOCUMENT_CAMERA", "simulated", "dpi: " + dpi, ctl), dpi);
            assertTrue(ctl.err().matches("(?s).*kiosk\\.yaml:\\d+: devices\\[4\\]\\.settings\\.dpi: (out of range: must be from 50 to 600|wrong type: must be a whole number from 50 to 600).*"),
                    dpi + ": " + ctl.err());
        }
    }

    @Test
    void anUnknownCameraDriverIsNamedWithTheKnownOnes() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, validate("DOCUMENT_CAMERA", "webcam", ctl));
        assertTrue(ctl.err().matches("(?s).*kiosk\\.yaml:\\d+: devices\\[4\\]\\.driver: unknown driver 'webcam' for DOCUMENT_CAMERA \\(one of \\[folder, simulated\\]\\).*"),
                ctl.err());
    }

    @Test
    void aMistypedKindListsTheDocumentCamera() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, validate("DOCUMENT_SCANNER", "simulated", ctl));
        assertTrue(ctl.err().contains("unknown device kind 'DOCUMENT_SCANNER'") && ctl.err().contains("DOCUMENT_CAMERA"), ctl.err());
    }
}
