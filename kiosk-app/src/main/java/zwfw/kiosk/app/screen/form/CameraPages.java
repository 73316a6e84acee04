package zwfw.kiosk.app.screen.form;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.drivers.camera.CaptureFailure;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.device.DeviceException;

/**
 * Pages from the configured document camera: captures, re-encodes within the contract's size
 * limit, and wipes the camera's original. Camera faults become plain-words message keys for the
 * citizen; staff get the fault's code in the log (never the picture).
 */
public final class CameraPages implements PageCapture {
    private static final Logger log = LoggerFactory.getLogger(CameraPages.class);

    private final DocumentCamera camera;
    private final PageEncoder encoder;

    /** {@code camera} may be null when none is configured: every capture then says it is not connected. */
    public CameraPages(DocumentCamera camera, PageEncoder encoder) {
        this.camera = camera;
        this.encoder = encoder;
    }

    @Override
    public EncodedPage capture() throws CaptureProblem {
        if (camera == null) {
            log.warn("document camera: none configured, an attachment cannot be captured");
            throw new CaptureProblem("form.camera.notConnected");
        }
        CapturedImage image;
        try {
            image = camera.capture();
        } catch (DeviceException e) {
            log.warn("document camera {} capture failed: {} {}", camera.id(), e.code(), e.getMessage());
            throw new CaptureProblem(switch (e.code()) {
                case CaptureFailure.NOT_CONNECTED, CaptureFailure.NOT_READY -> "form.camera.notConnected";
                case CaptureFailure.NO_PAPER -> "form.camera.noPaper";
                default -> "form.camera.failed";
            });
        }
        try {
            return encoder.encode(image.data());
        } catch (RuntimeException e) {
            log.warn("document camera {} gave a picture that cannot be encoded: {}", camera.id(), e.getClass().getSimpleName());
            throw new CaptureProblem("form.camera.failed");
        } finally {
            image.wipe();
        }
    }
}
