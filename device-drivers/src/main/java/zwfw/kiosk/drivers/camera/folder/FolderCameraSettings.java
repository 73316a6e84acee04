package zwfw.kiosk.drivers.camera.folder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import zwfw.kiosk.drivers.device.DeviceConfig;

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

    public static FolderCameraSettings from(DeviceConfig c) {
        String dir = c.string("directory", "").trim();
        if (dir.isEmpty()) {
            throw new IllegalArgumentException("device " + c.id() + ": setting 'directory' is required (where the capture tool writes its pictures)");
        }
        int timeout = c.integer("timeoutSeconds", 20);
        int stable = c.integer("stableMillis", 300);
        int poll = c.integer("pollMillis", 100);
        if (timeout < 1 || stable < 0 || poll < 10) {
            throw new IllegalArgumentException("device " + c.id() + ": timeoutSeconds must be >= 1, stableMillis >= 0, pollMillis >= 10");
        }
        List<String> trigger = new ArrayList<>();
        Object t = c.settings().get("triggerCommand");
        if (t instanceof List<?> list) {
            list.forEach(o -> trigger.add(String.valueOf(o)));
        } else if (t != null && !t.toString().isBlank()) {
            trigger.addAll(List.of(t.toString().trim().split("\\s+")));
        }
        return new FolderCameraSettings(Path.of(dir), Duration.ofSeconds(timeout), Duration.ofMillis(stable),
                Duration.ofMillis(poll), c.flag("deleteAfterCapture", true), trigger, c.flag("noPaperCheck", true));
    }
}
