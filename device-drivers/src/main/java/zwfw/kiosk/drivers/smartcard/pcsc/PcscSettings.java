package zwfw.kiosk.drivers.smartcard.pcsc;

import java.util.List;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingValues;

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

    /** The settings the {@code pcsc} driver declares. */
    public static final DriverSettings DECLARED = DriverSettings.of(
            DriverSetting.text("reader", 128, "", "which readers to watch: a name or part of one; empty watches every reader"),
            DriverSetting.millis("pollMillis", 50, 60_000, 500, "how long one wait for a card change lasts"),
            DriverSetting.millis("reconnectMillis", 50, 60_000, 1000, "wait before trying pcscd again after it went away"),
            DriverSetting.choice("protocol", List.of("*", "T=0", "T=1"), "*", "card protocol; * lets the reader choose"));

    /** Builds the settings from checked values. */
    public static PcscSettings from(SettingValues v) {
        return new PcscSettings(v.text("reader"), (int) v.duration("pollMillis").toMillis(),
                (int) v.duration("reconnectMillis").toMillis(), v.text("protocol"));
    }

    boolean watches(String readerName) {
        return reader.isEmpty() || readerName.equals(reader) || readerName.contains(reader);
    }
}
