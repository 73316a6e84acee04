package zwfw.kiosk.app.screen.maintenance.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.maintenance.MaintenanceSession;

/**
 * The settings page of one device, generated from its driver's declared settings: driver, then
 * each setting (ports picked from those present). 保存 checks and writes the change as the local
 * override and reopens only this device ({@link SettingsForm}); a change that does not open the
 * device offers 撤销 (undo). All of it off the FX thread.
 */
public final class DeviceSettingsViewModel {
    private static final Logger log = LoggerFactory.getLogger(DeviceSettingsViewModel.class);

    private final Messages messages;
    private final SettingsForm form;
    private final MaintenanceSession session;
    private final Executor work;
    private final StringProperty deviceId = new SimpleStringProperty("");
    private final StringProperty driver = new SimpleStringProperty("");
    private final ObservableList<String> drivers = FXCollections.observableArrayList();
    private final ObservableList<SettingField> fields = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty undoOffered = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private SettingsForm.Result lastApplied;

    public DeviceSettingsViewModel(Messages messages, SettingsForm form, MaintenanceSession session, Executor work) {
        this.messages = messages;
        this.form = form;
        this.session = session;
        this.work = work;
        driver.addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && !now.equals(was) && !deviceId.get().isEmpty()) {
                fieldsFor(now);
            }
        });
    }

    public StringProperty deviceIdProperty() {
        return deviceId;
    }

    public StringProperty driverProperty() {
        return driver;
    }

    public ObservableList<String> drivers() {
        return drivers;
    }

    public ObservableList<SettingField> fields() {
        return fields;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public BooleanProperty undoOfferedProperty() {
        return undoOffered;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringBinding text(String key) {
        return messages.text(key);
    }

    /** Shows device {@code id} as configured now. */
    public void edit(String id) {
        outcome.set("");
        undoOffered.set(false);
        lastApplied = null;
        fields.clear();
        deviceId.set(id);
        drivers.setAll(form.drivers(id));
        driver.set(form.driverOf(id));
        fieldsFor(form.driverOf(id));
    }

    private void fieldsFor(String driverName) {
        String id = deviceId.get();
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach(f -> given.put(f.name(), f.valueProperty().get()));
        if (given.isEmpty() || driverName.equals(form.driverOf(id))) {
            given.putAll(form.current(id));
        }
        List<SettingField> now = form.fields(id, driverName, given);
        fields.setAll(now);
        work.execute(() -> {
            List<String> present = form.ports();
            Platform.runLater(() -> now.stream().filter(SettingField::port).forEach(f -> f.ports(present)));
        });
    }

    /** 保存: checked like config validate, written, only this device reopened. */
    public void apply() {
        session.touched();
        if (busy.get()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingField f : fields) {
            if (f.fixedBy() == null) {
                values.put(f.name(), f.valueProperty().get());
            }
        }
        String id = deviceId.get();
        String chosen = driver.get();
        String actor = session.actor();
        busy.set(true);
        outcome.set(messages.get("maint.settings.applying"));
        work.execute(() -> {
            SettingsForm.Result applied = null;
            String failure = null;
            try {
                applied = form.apply(actor, id, chosen, values);
            } catch (Exception e) {
                log.error("device {} settings not applied: {}", id, e.getMessage());
                failure = e.getMessage();
            }
            SettingsForm.Result a = applied;
            String f = failure;
            Platform.runLater(() -> applied(a, f));
        });
    }

    private void applied(SettingsForm.Result a, String failure) {
        busy.set(false);
        if (a == null) {
            outcome.set(messages.get("maint.settings.failed", failure));
        } else if (!a.problems().isEmpty()) {
            outcome.set(messages.get("maint.settings.refused") + "\n" + String.join("\n", a.problems()));
        } else if (a.opened()) {
            outcome.set(messages.get("maint.settings.opened", a.state()));
            undoOffered.set(false);
        } else {
            lastApplied = a;
            outcome.set(messages.get("maint.settings.notOpened", a.state(), a.detail()));
            undoOffered.set(true);
        }
    }

    /** 撤销: the override as it was before the change that did not open the device, and the device reopened so. */
    public void undo() {
        session.touched();
        SettingsForm.Result a = lastApplied;
        if (a == null || busy.get()) {
            return;
        }
        String actor = session.actor();
        String id = deviceId.get();
        busy.set(true);
        work.execute(() -> {
            String said;
            try {
                said = messages.get("maint.settings.undone", form.undo(actor, a));
            } catch (Exception e) {
                log.error("device {} change not undone: {}", id, e.getMessage());
                said = messages.get("maint.settings.failed", e.getMessage());
            }
            String s = said;
            Platform.runLater(() -> {
                busy.set(false);
                lastApplied = null;
                undoOffered.set(false);
                outcome.set(s);
                edit(id);
                outcome.set(s);
            });
        });
    }

    public void back() {
        session.show(MaintenanceSession.DEVICES);
    }
}
