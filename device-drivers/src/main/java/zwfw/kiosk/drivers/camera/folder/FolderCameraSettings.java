package zwfw.kiosk.drivers.camera.folder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingValues;

/**
 * The {@code folder} driver's settings: {@code directory} (required) where the vendor's capture tool
 * writes its pictures; {@code timeoutSeconds} (20) to wait for one; {@code stableMillis} (300) that a
 * file's size must stay unchanged before it is read; {@code pollMillis} (100); {@code deleteAfterCapture}
 * (true: pictures of papers are personal data and do not stay in the folder); {@code triggerCommand}
 * (optional: the tool's command line, as a list or one string, run at each capture for tools that
 * do not capture by themselves); {@code noPaperCheck} (true: an even, empty picture is NO_PAPER).
 */
public record FolderCameraSettings(Path directory, Duration timeout, Duration stable, Duration poll,
                                   boolean deleteAfterCapture, List<String> triggerCommand, boolean noPaperCheck) {

    public FolderCameraSettings {
        triggerCommand = triggerCommand == null ? List.of() : List.copyOf(triggerCommand);
    }

    /** The settings the {@code folder} driver declares. */
    public static final DriverSettings DECLARED = DriverSettings.of(
            DriverSetting.path("directory", null, "where the capture tool writes its pictures").asRequired(),
            DriverSetting.seconds("timeoutSeconds", 1, 300, 20, "how long to wait for a picture"),
            DriverSetting.millis("stableMillis", 0, 10_000, 300, "a file must stop growing this long before it is read"),
            DriverSetting.millis("pollMillis", 10, 5_000, 100, "how often the directory is looked at"),
            DriverSetting.flag("deleteAfterCapture", true, "delete each picture once read (pictures of papers are personal data)"),
            DriverSetting.textList("triggerCommand", 64, "the capture tool's command line, run at each capture; none when the tool captures by itself"),
            DriverSetting.flag("noPaperCheck", true, "an even, empty picture means no paper was laid"));

    /** Builds the settings from checked values. */
    public static FolderCameraSettings from(SettingValues v) {
        return new FolderCameraSettings(Path.of(v.text("directory")), v.duration("timeoutSeconds"), v.duration("stableMillis"),
                v.duration("pollMillis"), v.flag("deleteAfterCapture"), v.list("triggerCommand"), v.flag("noPaperCheck"));
    }
}
