package zwfw.kiosk.drivers.camera.simulated;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** Builds {@code driver: simulated} document cameras; setting {@code dpi} (default 200) sizes the A4 page. */
public final class SimulatedCameraFactory implements DeviceFactory {
    private static final DriverSettings SETTINGS = DriverSettings.of(
            DriverSetting.integer("dpi", 50, 600, 200, "resolution of the A4 page it renders, in dots per inch"));

    @Override
    public DeviceKind kind() {
        return DeviceKind.DOCUMENT_CAMERA;
    }

    @Override
    public String driver() {
        return SimulatedDocumentCamera.DRIVER;
    }

    @Override
    public DriverSettings settings() {
        return SETTINGS;
    }

    @Override
    public Device create(DeviceConfig config) throws DeviceException {
        return new SimulatedDocumentCamera(config.id(), SETTINGS.read(config).integer("dpi"));
    }
}
