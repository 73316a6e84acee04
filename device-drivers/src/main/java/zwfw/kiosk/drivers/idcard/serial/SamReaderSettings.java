package zwfw.kiosk.drivers.idcard.serial;

import java.util.Objects;
import java.util.Optional;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingProblem;
import zwfw.kiosk.drivers.device.settings.SettingValues;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;
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

    /** The settings the {@code sam-serial} driver declares (see docs/id-card-reader.md). */
    public static final DriverSettings DECLARED = DriverSettings.of(
            DriverSetting.port("port", null, "the reader's serial port, e.g. /dev/ttyUSB0 or a udev name").asRequired(),
            DriverSetting.integer("baud", SerialSettings.MIN_BAUD, SerialSettings.MAX_BAUD, DEFAULT_BAUD, "line speed (readers ship at 115200, some at 9600)"),
            DriverSetting.millis("pollIntervalMs", 10, 10_000, DEFAULT_POLL_INTERVAL_MS, "pause between find-card polls"),
            DriverSetting.millis("replyTimeoutMs", 50, 30_000, DEFAULT_REPLY_TIMEOUT_MS, "how long the line may stay silent while a reply is due"),
            DriverSetting.flag("readFingerprint", false, "read fingerprints too (command 30 10 instead of 30 01)"),
            DriverSetting.integer("removalPolls", 1, 100, DEFAULT_REMOVAL_POLLS, "'no card' answers in a row that mean the card was lifted"),
            DriverSetting.integer("unresponsivePolls", 1, 100, DEFAULT_UNRESPONSIVE_POLLS, "polls without a reply after which the reader counts as offline"),
            DriverSetting.millis("reconnectInitialMs", 10, 60_000, Backoff.DEFAULT.initialMillis(), "first wait before reopening a vanished port"),
            DriverSetting.millis("reconnectMaxMs", 10, 600_000, Backoff.DEFAULT.maxMillis(), "longest wait between attempts to reopen it"))
            .withRule(v -> v.duration("reconnectMaxMs").compareTo(v.duration("reconnectInitialMs")) < 0
                    ? Optional.of(new SettingProblem("reconnectMaxMs", "must be at least reconnectInitialMs ("
                            + v.duration("reconnectInitialMs").toMillis() + ")"))
                    : Optional.empty());

    /** Builds the settings from checked values. */
    public static SamReaderSettings from(SettingValues v) {
        Backoff reconnect = new Backoff(v.duration("reconnectInitialMs").toMillis(), v.duration("reconnectMaxMs").toMillis(),
                Backoff.DEFAULT.factor());
        return new SamReaderSettings(v.text("port"), v.integer("baud"), (int) v.duration("pollIntervalMs").toMillis(),
                (int) v.duration("replyTimeoutMs").toMillis(), v.flag("readFingerprint"), v.integer("removalPolls"),
                v.integer("unresponsivePolls"), reconnect);
    }
}
