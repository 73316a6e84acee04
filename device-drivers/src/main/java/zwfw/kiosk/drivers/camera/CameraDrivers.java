package zwfw.kiosk.drivers.camera;

import zwfw.kiosk.drivers.camera.folder.FolderCameraFactory;
import zwfw.kiosk.drivers.camera.simulated.SimulatedCameraFactory;
import zwfw.kiosk.drivers.device.DeviceRegistry;

/** Registers the document camera drivers ({@code folder}, {@code simulated}) with a registry. */
public final class CameraDrivers {

    private CameraDrivers() {
    }

    public static DeviceRegistry registerAll(DeviceRegistry registry) {
        return registry.register(new FolderCameraFactory()).register(new SimulatedCameraFactory());
    }
}
