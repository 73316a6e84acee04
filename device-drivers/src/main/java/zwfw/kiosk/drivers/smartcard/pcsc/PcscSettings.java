package zwfw.kiosk.drivers.smartcard.pcsc;

import zwfw.kiosk.drivers.device.DeviceConfig;

/**
 * Settings of the {@code pcsc} driver.
 *
 * @param reader          which readers to watch: a name or part of one ({@code "Virtual PCD 00 00"},
 *                        {@code "ACS"}); empty watches every reader
 * @param pollMillis      how long one wait for a card change lasts before the watcher looks again
 * @param reconnectMillis how long to wait before trying pcscd again after it went away
 * @param protocol        {@code *}, {@code T=0} or {@code T=1}
 */
public record PcscSettings(String reader, int pollMillis, int reconnectMillis, String protocol) {

    public PcscSettings {
        reader = reader == null ? "" : reader.trim();
        protocol = protocol == null || protocol.isBlank() ? "*" : protocol.trim();
        if (!protocol.equals("*") && !protocol.equals("T=0") && !protocol.equals("T=1")) {
            throw new IllegalArgumentException("protocol must be *, T=0 or T=1, not " + protocol);
        }
        if (pollMillis < 50 || reconnectMillis < 50) {
            throw new IllegalArgumentException("pollMillis and reconnectMillis must be at least 50");
        }
    }

    public static PcscSettings defaults() {
        return new PcscSettings("", 500, 1000, "*");
    }

    /** Reads settings {@code reader}, {@code pollMillis}, {@code reconnectMillis}, {@code protocol}. */
    public static PcscSettings from(DeviceConfig config) {
        PcscSettings d = defaults();
        return new PcscSettings(config.string("reader", d.reader()), config.integer("pollMillis", d.pollMillis()),
                config.integer("reconnectMillis", d.reconnectMillis()), config.string("protocol", d.protocol()));
    }

    boolean watches(String readerName) {
        return reader.isEmpty() || readerName.equals(reader) || readerName.contains(reader);
    }
}
