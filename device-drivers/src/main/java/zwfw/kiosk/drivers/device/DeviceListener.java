package zwfw.kiosk.drivers.device;

/**
 * Hears a device's status changes and errors. Called on the device's own event thread,
 * never on the thread that called the device, and never on a UI thread.
 */
public interface DeviceListener {

    default void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
    }

    default void errorOccurred(Device device, DeviceError error) {
    }
}
