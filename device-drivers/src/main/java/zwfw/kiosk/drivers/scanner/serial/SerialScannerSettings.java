package zwfw.kiosk.drivers.scanner.serial;

import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import zwfw.kiosk.drivers.device.DeviceConfig;
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

    /** Reads the keys named above from a device's configuration; a bad value is named in the error. */
    public static SerialScannerSettings from(DeviceConfig c) {
        String port = c.string("port", null);
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("device " + c.id() + ": setting 'port' is required (e.g. /dev/ttyUSB0)");
        }
        Suffix suffix;
        try {
            suffix = Suffix.valueOf(c.string("suffix", "CR").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device " + c.id() + ": setting 'suffix' must be CR, LF, CRLF or NONE");
        }
        Charset charset;
        try {
            charset = Charset.forName(c.string("charset", "UTF-8").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device " + c.id() + ": setting 'charset' must be UTF-8 or GBK");
        }
        byte[] trigger;
        try {
            trigger = HexFormat.of().parseHex(c.string("triggerCommand", "").replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device " + c.id() + ": setting 'triggerCommand' must be hex bytes");
        }
        return new SerialScannerSettings(port, c.integer("baud", 9600), suffix, c.integer("gapMillis", 50),
                c.string("prefix", ""), c.flag("aimId", false), charset, c.integer("maxLength", 1024), trigger,
                c.integer("triggerRepeatMillis", 0), c.integer("reconnectMillis", 1000));
    }
}
