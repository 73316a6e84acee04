package zwfw.kiosk.drivers.camera.folder;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

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
    public DriverSettings settings() {
        return FolderCameraSettings.DECLARED;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new FolderDocumentCamera(config.id(), FolderCameraSettings.from(FolderCameraSettings.DECLARED.read(config)));
    }
}
