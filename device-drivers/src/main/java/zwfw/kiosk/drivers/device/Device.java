package zwfw.kiosk.drivers.device;

/**
 * One device, whatever its kind, with the UnifiedPOS life cycle:
 * {@code CLOSED → open() → enable() → READY … disable() → close() → CLOSED}.
 * <p>
 * A driver owns its threads. Listeners are called on the device's event thread. Each kind
 * adds a narrow interface of its own (card events, scan events, print jobs).
 */
public interface Device extends AutoCloseable {

    String id();

    DeviceKind kind();

    /** The driver name this device was built with, e.g. {@code sam-serial} or {@code simulated}. */
    String driver();

    DeviceStatus status();

    /** Acquires the device's resources (ports, sockets). Idempotent. */
    void open() throws DeviceException;

    /** Starts delivering events and accepting work. Requires {@link #open()}. */
    void enable() throws DeviceException;

    /** Stops delivering events; resources stay held. */
    void disable();

    /** Releases everything; the device is {@link DeviceState#CLOSED} afterwards. Idempotent, never throws. */
    @Override
    void close();

    /** Asks the device how it is (a status query, a SAM check), without changing what it is doing. */
    HealthReport checkHealth();

    void addListener(DeviceListener listener);

    void removeListener(DeviceListener listener);
}
