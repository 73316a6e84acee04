package zwfw.kiosk.drivers.device;

import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** Builds devices of one kind for one driver name, the way JavaPOS builds services from jpos.xml. */
public interface DeviceFactory {

    DeviceKind kind();

    /** The configuration's {@code driver:} value this factory answers to. */
    String driver();

    /**
     * Every setting this driver accepts under {@code settings:}, with types, ranges and defaults.
     * Configuration is validated against it, and {@link #create} reads its values through it.
     */
    DriverSettings settings();

    Device create(DeviceConfig config) throws DeviceException;
}
