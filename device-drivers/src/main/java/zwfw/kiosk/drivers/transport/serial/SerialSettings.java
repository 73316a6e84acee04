package zwfw.kiosk.drivers.transport.serial;

import java.util.Objects;

/** Line settings of a serial port, as configured: path, baud, data bits, parity, stop bits, timeouts. */
public record SerialSettings(String path, int baud, int dataBits, Parity parity, StopBits stopBits,
                             int writeTimeoutMillis) {

    /** The slowest and fastest line speeds a serial device is configured with (Linux serial drivers go to 4 Mbaud). */
    public static final int MIN_BAUD = 50;
    public static final int MAX_BAUD = 4_000_000;

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    public SerialSettings {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        if (baud < MIN_BAUD || baud > MAX_BAUD) {
            throw new IllegalArgumentException("baud must be " + MIN_BAUD + " to " + MAX_BAUD + ", not " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8, not " + dataBits);
        }
        if (writeTimeoutMillis <= 0) {
            throw new IllegalArgumentException("write timeout must be positive");
        }
    }

    /** 8N1 at the given baud, the default of ID card readers, scanners and most printers. */
    public static SerialSettings of(String path, int baud) {
        return new SerialSettings(path, baud, 8, Parity.NONE, StopBits.ONE, 2000);
    }
}
