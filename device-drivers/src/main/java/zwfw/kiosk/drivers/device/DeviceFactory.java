package zwfw.kiosk.drivers.device;

/** Builds devices of one kind for one driver name, the way JavaPOS builds services from jpos.xml. */
public interface DeviceFactory {

    DeviceKind kind();

    /** The configuration's {@code driver:} value this factory answers to. */
    String driver();

    Device create(DeviceConfig config) throws DeviceException;
}
