package zwfw.kiosk.drivers.transport.serial;

import zwfw.kiosk.drivers.io.BlockingCalls;
import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.TransportException.Reason;

/**
 * A serial port through jSerialComm. Opens by path (pseudo-terminals are not listed by
 * jSerialComm but open fine), holds the port exclusively within this JVM, and turns
 * jSerialComm's -1 returns into {@link Reason#DISCONNECTED}, since {@code isOpen()} stays true
 * after a USB adapter is unplugged.
 */
public final class SerialTransport implements ByteTransport {
    /** Ports this JVM holds: jSerialComm would happily open one twice. */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private final SerialSettings settings;
    private SerialPort port;
    private String heldKey;
    private int lastReadTimeout = -1;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.path();
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public synchronized void open() throws TransportException {
        if (port != null) {
            return;
        }
        Path path = Path.of(settings.path());
        if (!Files.exists(path)) {
            throw new TransportException(Reason.NOT_FOUND, "serial port " + settings.path() + " does not exist");
        }
        String key;
        try {
            key = path.toRealPath().toString();
        } catch (java.io.IOException e) {
            throw new TransportException(Reason.NOT_FOUND, "serial port " + settings.path() + " does not exist", e);
        }
        if (!HELD.add(key)) {
            throw new TransportException(Reason.BUSY, "serial port " + settings.path() + " is already in use");
        }
        SerialPort p = SerialPort.getCommPort(settings.path());
        p.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(), parity());
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100,
                settings.writeTimeoutMillis());
        if (!p.openPort(0)) {
            HELD.remove(key);
            int err = p.getLastErrorCode();
            String why = !Files.isReadable(path) || !Files.isWritable(path)
                    ? " (permission denied: is the user in the dialout group?)" : " (busy or not a serial port, error " + err + ")";
            throw new TransportException(Reason.BUSY, "cannot open serial port " + settings.path() + why);
        }
        port = p;
        heldKey = key;
        lastReadTimeout = 100;
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "write");
        SerialPort p = requirePort();
        int done = 0;
        while (done < length) {
            int n = p.writeBytes(data, length - done, offset + done);
            if (n < 0) {
                throw new TransportException(Reason.DISCONNECTED, "serial port " + settings.path() + " went away while writing");
            }
            if (n == 0 && (p.bytesAvailable() < 0 || !Files.exists(Path.of(settings.path())))) {
                // A hung-up pseudo-terminal or unplugged adapter accepts nothing rather than failing.
                throw new TransportException(Reason.DISCONNECTED, "serial port " + settings.path() + " went away while writing");
            }
            if (n == 0) {
                throw new TransportException(Reason.IO, "serial port " + settings.path() + " accepted no data within "
                        + settings.writeTimeoutMillis() + " ms");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws TransportException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "read");
        SerialPort p = requirePort();
        if (timeoutMillis != lastReadTimeout) {
            // jSerialComm rounds read timeouts to tenths of a second on Linux; 0 would mean "forever".
            p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    Math.max(1, timeoutMillis), settings.writeTimeoutMillis());
            lastReadTimeout = timeoutMillis;
        }
        int n = p.readBytes(buffer, length, offset);
        if (n < 0 || (n == 0 && p.bytesAvailable() < 0)) {
            throw new TransportException(Reason.DISCONNECTED, "serial port " + settings.path() + " went away");
        }
        return n;
    }

    @Override
    public synchronized void close() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.closePort();
        }
        if (heldKey != null) {
            HELD.remove(heldKey);
            heldKey = null;
        }
    }

    private synchronized SerialPort requirePort() throws TransportException {
        if (port == null) {
            throw new TransportException(Reason.DISCONNECTED, "serial port " + settings.path() + " is not open");
        }
        return port;
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    @Override
    public String toString() {
        return "SerialTransport[" + settings.path() + " @" + settings.baud() + "]";
    }
}
