package zwfw.kiosk.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.SettingType;

/**
 * docs/device-settings.md lists exactly the settings every driver declares: the page is made from
 * the declarations, so it cannot drift. When a declaration changes, this test fails and leaves the
 * new page in target/device-settings.md to copy over.
 */
class DeviceSettingsPageTest {

    @Test
    void theDevicePageListsExactlyWhatEachDriverDeclares() throws Exception {
        String expected = render();
        Path page = Path.of("..", "docs", "device-settings.md");
        String actual = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "device-settings.md"), expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "docs/device-settings.md is out of date: copy kiosk-app/target/device-settings.md over it");
    }

    static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Device settings\n\n")
                .append("Every driver declares the settings it accepts under a device's `settings:` in `config/kiosk.yaml`,\n")
                .append("with type, range or choices and default. `kioskctl config validate` and the kiosk's start check each\n")
                .append("device against its driver's declaration: an unknown setting, a wrong type, a number out of range\n")
                .append("(checked exactly: never wrapped) or a word not among the choices is refused with its line.\n")
                .append("Durations are whole numbers in the unit their name says. This page is generated from the\n")
                .append("declarations (`DeviceSettingsPageTest`).\n");
        List<DeviceFactory> factories = KioskDrivers.registry().factories();
        for (DeviceFactory f : factories) {
            b.append("\n## ").append(f.kind()).append(" · `driver: ").append(f.driver()).append("`\n\n");
            List<DriverSetting> settings = f.settings().settings();
            if (settings.isEmpty()) {
                b.append("No settings.\n");
                continue;
            }
            b.append("| setting | type and range | default | what it does |\n| --- | --- | --- | --- |\n");
            for (DriverSetting s : settings) {
                b.append("| `").append(s.name()).append("` | ").append(type(s)).append(" | ")
                        .append(s.required() ? "required" : s.defaultValue() == null ? "none" : "`" + format(s) + "`")
                        .append(" | ").append(s.description()).append(" |\n");
            }
        }
        return b.toString();
    }

    private static String type(DriverSetting s) {
        return switch (s.type()) {
            case INTEGER -> "whole number " + s.min() + " to " + s.max();
            case DURATION -> (s.unit() == ChronoUnit.SECONDS ? "seconds " : "milliseconds ") + s.min() + " to " + s.max();
            case CHOICE -> "one of " + String.join(", ", s.choices().stream().map(c -> "`" + c + "`").toList());
            case TEXT -> "text, at most " + s.max() + " characters";
            case HEX_BYTES -> "hex bytes, at most " + s.max();
            case TEXT_LIST -> "list of words, at most " + s.max();
            default -> s.type() == SettingType.PORT ? "device path (port)" : s.type().description();
        };
    }

    private static String format(DriverSetting s) {
        Object d = s.defaultValue();
        if (d instanceof Duration || d instanceof byte[] || d instanceof List<?>) {
            String text = s.format(d);
            return text.isEmpty() ? "(empty)" : text;
        }
        String text = String.valueOf(d);
        return text.isEmpty() ? "(empty)" : text;
    }
}
