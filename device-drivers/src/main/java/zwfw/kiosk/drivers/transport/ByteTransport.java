package zwfw.kiosk.drivers.transport;

/**
 * A byte link to a device: serial port, USB printer class file, TCP socket. Protocols sit on
 * top of it and never know which link they use, so a new link is one new class.
 */
public interface ByteTransport extends AutoCloseable {

    /** A name for staff and logs: the port path or host:port. */
    String name();

    void open() throws TransportException;

    boolean isOpen();

    void write(byte[] data, int offset, int length) throws TransportException;

    default void write(byte[] data) throws TransportException {
        write(data, 0, data.length);
    }

    /**
     * Reads up to {@code length} bytes, waiting at most {@code timeoutMillis} for the first to
     * arrive. Returns the count read, 0 when nothing came in time.
     *
     * @throws TransportException with {@link TransportException.Reason#DISCONNECTED} when the link is gone
     */
    int read(byte[] buffer, int offset, int length, int timeoutMillis) throws TransportException;

    /** Releases the link. Idempotent, never throws. */
    @Override
    void close();
}
