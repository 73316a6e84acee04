package zwfw.kiosk.drivers.device.settings;

import java.util.Optional;

/**
 * A check across several settings of one driver (e.g. "a serial printer needs a port"), run once
 * every setting on its own is valid. Says what is wrong, naming the setting to fix, or nothing.
 */
@FunctionalInterface
public interface SettingsRule {
    Optional<SettingProblem> check(SettingValues values);
}
