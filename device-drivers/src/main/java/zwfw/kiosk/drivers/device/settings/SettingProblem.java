package zwfw.kiosk.drivers.device.settings;

/** One thing wrong with a device's settings: the setting's name and what is wrong, in one line. */
public record SettingProblem(String key, String message) {

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
