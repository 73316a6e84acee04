package zwfw.kiosk.drivers.camera.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

/** Builds {@code driver: simulated} document cameras; setting {@code dpi} (default 200) sizes the A4 page. */
public final class SimulatedCameraFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.DOCUMENT_CAMERA;
    }

    @Override
    public String driver() {
        return SimulatedDocumentCamera.DRIVER;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        int dpi;
        try {
            dpi = config.integer("dpi", 200);
        } catch (IllegalArgumentException e) {
            throw new DeviceException("BAD_SETTINGS", e.getMessage(), e);
        }
        if (dpi < 50 || dpi > 600) {
            throw new DeviceException("BAD_SETTINGS", "device " + config.id() + ": dpi must be between 50 and 600, not " + dpi);
        }
        return new SimulatedDocumentCamera(config.id(), dpi);
    }
}
