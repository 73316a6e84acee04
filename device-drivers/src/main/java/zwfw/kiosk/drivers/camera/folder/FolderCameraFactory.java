package zwfw.kiosk.drivers.camera.folder;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;

/** Builds {@code driver: folder} document cameras (see {@link FolderCameraSettings}). */
public final class FolderCameraFactory implements DeviceFactory {

    @Override
    public DeviceKind kind() {
        return DeviceKind.DOCUMENT_CAMERA;
    }

    @Override
    public String driver() {
        return FolderDocumentCamera.DRIVER;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        try {
            return new FolderDocumentCamera(config.id(), FolderCameraSettings.from(config));
        } catch (IllegalArgumentException e) {
            throw new DeviceException("BAD_SETTINGS", e.getMessage(), e);
        }
    }
}
