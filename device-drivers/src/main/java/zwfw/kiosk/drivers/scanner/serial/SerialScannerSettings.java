package zwfw.kiosk.drivers.scanner.serial;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingValues;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;

/**
 * Settings of the {@code serial-scanner} driver (configuration keys in brackets, defaults after =).
 *
 * @param port                the serial port path [port]
 * @param baud                line speed [baud] = 9600
 * @param suffix              what ends a code [suffix] = CR; NONE ends a code after {@code gapMillis} of silence
 * @param gapMillis           silence that ends a code when suffix is NONE [gapMillis] = 50
 * @param prefix              text the scanner puts before each code, removed when present [prefix] = ""
 * @param stripAimId          remove a leading AIM symbology identifier such as {@code ]Q1} [aimId] = false
 * @param charset             UTF-8 or GBK [charset] = UTF-8
 * @param maxLength           longest code accepted, in characters [maxLength] = 1024
 * @param triggerCommand      bytes that make a command-triggered engine read, hex [triggerCommand] = none
 * @param triggerRepeatMillis re-send the trigger this often while enabled, 0 = only on enable and
 *                            {@code trigger()} [triggerRepeatMillis] = 0
 * @param reconnectMillis     pause between attempts to reopen a vanished port [reconnectMillis] = 1000
 */
public record SerialScannerSettings(String port, int baud, Suffix suffix, int gapMillis, String prefix,
                                    boolean stripAimId, Charset charset, int maxLength, byte[] triggerCommand,
                                    int triggerRepeatMillis, int reconnectMillis) {

    public SerialScannerSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(charset, "charset");
        prefix = prefix == null ? "" : prefix;
        triggerCommand = triggerCommand == null ? new byte[0] : triggerCommand.clone();
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, not " + baud);
        }
        if (gapMillis < 5 || gapMillis > 5000) {
            throw new IllegalArgumentException("gapMillis must be 5 to 5000, not " + gapMillis);
        }
        if (maxLength < 1 || maxLength > 65536) {
            throw new IllegalArgumentException("maxLength must be 1 to 65536, not " + maxLength);
        }
        if (triggerRepeatMillis < 0 || reconnectMillis < 10) {
            throw new IllegalArgumentException("triggerRepeatMillis must be >= 0 and reconnectMillis >= 10");
        }
    }

    /** The defaults for a port: 9600 baud, CR suffix, UTF-8, no prefix, 1024 characters at most. */
    public static SerialScannerSettings of(String port) {
        return new SerialScannerSettings(port, 9600, Suffix.CR, 50, "", false, java.nio.charset.StandardCharsets.UTF_8,
                1024, null, 0, 1000);
    }

    public SerialScannerSettings withBaud(int newBaud) {
        return new SerialScannerSettings(port, newBaud, suffix, gapMillis, prefix, stripAimId, charset, maxLength,
                triggerCommand, triggerRepeatMillis, reconnectMillis);
    }

    public SerialScannerSettings withSuffix(Suffix newSuffix, int newGapMillis) {
        return new SerialScannerSettings(port, baud, newSuffix, newGapMillis, prefix, stripAimId, charset, maxLength,
                triggerCommand, triggerRepeatMillis, reconnectMillis);
    }

    public SerialScannerSettings withText(String newPrefix, boolean newStripAimId, Charset newCharset, int newMaxLength) {
        return new SerialScannerSettings(port, baud, suffix, gapMillis, newPrefix, newStripAimId, newCharset, newMaxLength,
                triggerCommand, triggerRepeatMillis, reconnectMillis);
    }

    public SerialScannerSettings withTrigger(byte[] command, int repeatMillis) {
        return new SerialScannerSettings(port, baud, suffix, gapMillis, prefix, stripAimId, charset, maxLength,
                command, repeatMillis, reconnectMillis);
    }

    public SerialScannerSettings withReconnectMillis(int millis) {
        return new SerialScannerSettings(port, baud, suffix, gapMillis, prefix, stripAimId, charset, maxLength,
                triggerCommand, triggerRepeatMillis, millis);
    }

    @Override
    public byte[] triggerCommand() {
        return triggerCommand.clone();
    }

    public SerialSettings serial() {
        return SerialSettings.of(port, baud);
    }

    /** The settings the {@code serial-scanner} driver declares (keys as in brackets above). */
    public static final DriverSettings DECLARED = DriverSettings.of(
            DriverSetting.port("port", null, "the scanner's serial port, e.g. /dev/ttyACM0").asRequired(),
            DriverSetting.integer("baud", SerialSettings.MIN_BAUD, SerialSettings.MAX_BAUD, 9600, "line speed"),
            DriverSetting.choice("suffix", List.of("CR", "LF", "CRLF", "NONE"), "CR", "what ends a code; NONE: a pause of gapMillis"),
            DriverSetting.millis("gapMillis", 5, 5000, 50, "silence that ends a code when suffix is NONE"),
            DriverSetting.text("prefix", 32, "", "text the scanner puts before each code, removed"),
            DriverSetting.flag("aimId", false, "remove a leading AIM symbology identifier such as ]Q1"),
            DriverSetting.choice("charset", List.of("UTF-8", "GBK", "GB18030"), "UTF-8", "how the scanner encodes text"),
            DriverSetting.integer("maxLength", 1, 65536, 1024, "longest code accepted, in characters"),
            DriverSetting.hexBytes("triggerCommand", 64, "bytes that make a command-triggered engine read; none by default"),
            DriverSetting.millis("triggerRepeatMillis", 0, 60_000, 0, "re-send the trigger this often while enabled; 0: only on enable"),
            DriverSetting.millis("reconnectMillis", 10, 60_000, 1000, "pause between attempts to reopen a vanished port"));

    /** Builds the settings from checked values. */
    public static SerialScannerSettings from(SettingValues v) {
        return new SerialScannerSettings(v.text("port"), v.integer("baud"), Suffix.valueOf(v.text("suffix")),
                (int) v.duration("gapMillis").toMillis(), v.text("prefix"), v.flag("aimId"), Charset.forName(v.text("charset")),
                v.integer("maxLength"), v.bytes("triggerCommand"), (int) v.duration("triggerRepeatMillis").toMillis(),
                (int) v.duration("reconnectMillis").toMillis());
    }
}
