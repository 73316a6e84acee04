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
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data").replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml")
                .replace("    kind: DOCUMENT_CAMERA\n    driver: simulated", "    kind: " + cameraKind + "\n    driver: " + cameraDriver);
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        return ctl.run("config", "validate", "--config", dir.toString());
    }

    @Test
    void theShippedCameraAndTheFolderDriverPass() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, validate("DOCUMENT_CAMERA", "simulated", ctl), ctl.err());
        CapturedKioskCtl folder = new CapturedKioskCtl();
        assertEquals(0, validate("DOCUMENT_CAMERA", "folder", folder), folder.err());
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
