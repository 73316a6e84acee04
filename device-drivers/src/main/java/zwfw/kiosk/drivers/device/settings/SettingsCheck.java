package zwfw.kiosk.drivers.device.settings;

import java.util.List;

/**
 * What {@link DriverSettings#check} found: the typed values of the settings that are valid, and a
 * problem for each that is not (unknown, wrong type, out of range, missing, or a rule across settings).
 */
public record SettingsCheck(SettingValues values, List<SettingProblem> problems) {

    public SettingsCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
