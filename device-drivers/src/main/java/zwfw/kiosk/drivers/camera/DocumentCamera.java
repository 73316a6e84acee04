package zwfw.kiosk.drivers.camera;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceException;

/**
 * A document camera (高拍仪): takes one picture of the paper lying under it when asked.
 * {@link #capture()} blocks until the picture is there (or fails), so callers run it off any UI thread.
 * Failures are {@link DeviceException}s with a code from {@link CaptureFailure}.
 */
public interface DocumentCamera extends Device {

    /** Takes one picture of what lies under the camera. Requires the device to be opened and enabled. */
    CapturedImage capture() throws DeviceException;
}
