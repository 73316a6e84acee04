package zwfw.kiosk.app.screen.maintenance.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.SettingType;

/**
 * One setting on the settings page, generated from what the driver declares: its value as text, the
 * choices it may take (a port from the ports present, never typed; a choice; a flag), and whether
 * an environment variable fixes it (then it is shown, not editable).
 */
public final class SettingField {
    private final DriverSetting setting;
    private final StringProperty value = new SimpleStringProperty("");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final String fixedBy;

    SettingField(DriverSetting setting, String value, String fixedBy) {
        this.setting = setting;
        this.value.set(value == null ? "" : value);
        this.fixedBy = fixedBy;
        if (setting.type() == SettingType.CHOICE) {
            choices.add("");
            choices.addAll(setting.choices());
        } else if (setting.type() == SettingType.BOOLEAN) {
            choices.addAll("", "true", "false");
        }
    }

    public String name() {
        return setting.name();
    }

    public String description() {
        return setting.description() + (setting.defaultValue() != null ? " (" + setting.format(setting.defaultValue()) + ")" : "");
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Picked from a list (choice, flag, port), never typed. */
    public boolean picked() {
        return setting.type() == SettingType.CHOICE || setting.type() == SettingType.BOOLEAN || setting.type() == SettingType.PORT;
    }

    public boolean port() {
        return setting.type() == SettingType.PORT;
    }

    public boolean secret() {
        return setting.secret();
    }

    public ObservableList<String> choices() {
        return choices;
    }

    /** The environment variable that fixes this setting, or null when it may be edited here. */
    public String fixedBy() {
        return fixedBy;
    }

    /** The ports present, plus the value set now (so an absent port still shows what is configured). */
    void ports(java.util.List<String> present) {
        choices.setAll("");
        if (!value.get().isEmpty() && !present.contains(value.get())) {
            choices.add(value.get());
        }
        choices.addAll(present);
    }
}
