package zwfw.kiosk.drivers.idcard.serial;

import java.util.Objects;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.transport.Backoff;

/**
 * Settings of the {@code sam-serial} ID card reader driver.
 *
 * @param port              serial port path, e.g. {@code /dev/ttyUSB0} or a udev symlink
 * @param baud              line speed (readers ship at 115200, some at 9600)
 * @param pollIntervalMs    pause between find-card polls
 * @param replyTimeoutMs    how long the line may stay silent while a reply is due
 * @param readFingerprints  read with {@code 30 10} (text, photo and fingerprints) instead of {@code 30 01}
 * @param removalPolls      "no card" answers in a row that mean the card was lifted
 * @param unresponsivePolls find-card polls without a reply after which the reader counts as OFFLINE
 * @param reconnect         how fast to retry a vanished port
 */
public record SamReaderSettings(String port, int baud, int pollIntervalMs, int replyTimeoutMs,
                                boolean readFingerprints, int removalPolls, int unresponsivePolls,
                                Backoff reconnect) {

    public static final int DEFAULT_BAUD = 115200;
    public static final int DEFAULT_POLL_INTERVAL_MS = 200;
    public static final int DEFAULT_REPLY_TIMEOUT_MS = 1000;
    public static final int DEFAULT_REMOVAL_POLLS = 2;
    public static final int DEFAULT_UNRESPONSIVE_POLLS = 3;

    public SamReaderSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(reconnect, "reconnect");
        if (port.isBlank()) {
            throw new IllegalArgumentException("the ID card reader needs a serial port path");
        }
        if (baud <= 0 || pollIntervalMs <= 0 || replyTimeoutMs <= 0 || removalPolls <= 0 || unresponsivePolls <= 0) {
            throw new IllegalArgumentException("baud, pollIntervalMs, replyTimeoutMs, removalPolls and unresponsivePolls must be positive");
        }
    }

    /** Defaults for everything but the port and baud. */
    public static SamReaderSettings of(String port, int baud) {
        return new SamReaderSettings(port, baud, DEFAULT_POLL_INTERVAL_MS, DEFAULT_REPLY_TIMEOUT_MS, false,
                DEFAULT_REMOVAL_POLLS, DEFAULT_UNRESPONSIVE_POLLS, Backoff.DEFAULT);
    }

    public SamReaderSettings withPollIntervalMs(int ms) {
        return new SamReaderSettings(port, baud, ms, replyTimeoutMs, readFingerprints, removalPolls, unresponsivePolls, reconnect);
    }

    public SamReaderSettings withReplyTimeoutMs(int ms) {
        return new SamReaderSettings(port, baud, pollIntervalMs, ms, readFingerprints, removalPolls, unresponsivePolls, reconnect);
    }

    public SamReaderSettings withReadFingerprints(boolean on) {
        return new SamReaderSettings(port, baud, pollIntervalMs, replyTimeoutMs, on, removalPolls, unresponsivePolls, reconnect);
    }

    /** Reads the settings of a device configuration; see docs/id-card-reader.md for the keys. */
    public static SamReaderSettings from(DeviceConfig config) {
        String port = config.string("port", null);
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("device " + config.id() + ": setting 'port' is required for driver sam-serial");
        }
        Backoff reconnect = new Backoff(config.integer("reconnectInitialMs", (int) Backoff.DEFAULT.initialMillis()),
                config.integer("reconnectMaxMs", (int) Backoff.DEFAULT.maxMillis()), Backoff.DEFAULT.factor());
        return new SamReaderSettings(port,
                config.integer("baud", DEFAULT_BAUD),
                config.integer("pollIntervalMs", DEFAULT_POLL_INTERVAL_MS),
                config.integer("replyTimeoutMs", DEFAULT_REPLY_TIMEOUT_MS),
                config.flag("readFingerprint", false),
                config.integer("removalPolls", DEFAULT_REMOVAL_POLLS),
                config.integer("unresponsivePolls", DEFAULT_UNRESPONSIVE_POLLS),
                reconnect);
    }
}
