package zwfw.kiosk.app.screen.maintenance.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
import zwfw.kiosk.app.wiring.DeviceChanges;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/**
 * The settings page of one device, generated from its driver's declared settings: driver, then
 * each setting (ports picked from those present). 保存 checks and writes the change as the local
 * override and reopens only this device ({@link DeviceChanges}); a change that does not open the
 * device offers 撤销 (undo). All of it off the FX thread.
 */
public final class DeviceSettingsViewModel {
    private static final Logger log = LoggerFactory.getLogger(DeviceSettingsViewModel.class);

    private final Messages messages;
    private final DeviceChanges changes;
    private final Supplier<List<String>> ports;
    private final MaintenanceSession session;
    private final Executor work;
    private final StringProperty deviceId = new SimpleStringProperty("");
    private final StringProperty driver = new SimpleStringProperty("");
    private final ObservableList<String> drivers = FXCollections.observableArrayList();
    private final ObservableList<SettingField> fields = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty undoOffered = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private DeviceChanges.Applied lastApplied;

    /** {@code ports} lists the device files present (PortDiscovery); it is called off the FX thread. */
    public DeviceSettingsViewModel(Messages messages, DeviceChanges changes, Supplier<List<String>> ports, MaintenanceSession session,
                                   Executor work) {
        this.messages = messages;
        this.changes = changes;
        this.ports = ports;
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
        DeviceConfig dc = changes.configured(id).orElseThrow();
        outcome.set("");
        undoOffered.set(false);
        lastApplied = null;
        deviceId.set(id);
        drivers.setAll(changes.registry().driversFor(dc.kind()));
        driver.set(dc.driver());
        fieldsFor(dc.driver());
    }

    private void fieldsFor(String driverName) {
        DeviceConfig dc = changes.configured(deviceId.get()).orElseThrow();
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach(f -> given.put(f.name(), f.valueProperty().get()));
        if (given.isEmpty() || driverName.equals(dc.driver())) {
            given.putAll(DeviceChanges.asText(dc));
        }
        DriverSettings declared = changes.registry().settings(dc.kind(), driverName).orElse(DriverSettings.none());
        List<SettingField> now = new java.util.ArrayList<>();
        for (DriverSetting s : declared.settings()) {
            boolean fixed = changes.fixed(dc.id()).contains(s.name());
            now.add(new SettingField(s, given.get(s.name()), fixed ? KioskConfig.environmentVariable(dc.id(), s.name()) : null));
        }
        fields.setAll(now);
        work.execute(() -> {
            List<String> present = ports.get();
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
            DeviceChanges.Applied applied = null;
            String failure = null;
            try {
                applied = changes.apply(actor, id, chosen, values);
            } catch (Exception e) {
                log.error("device {} settings not applied: {}", id, e.getMessage());
                failure = e.getMessage();
            }
            DeviceChanges.Applied a = applied;
            String f = failure;
            Platform.runLater(() -> applied(a, f));
        });
    }

    private void applied(DeviceChanges.Applied a, String failure) {
        busy.set(false);
        if (a == null) {
            outcome.set(messages.get("maint.settings.failed", failure));
        } else if (!a.problems().isEmpty()) {
            outcome.set(messages.get("maint.settings.refused") + "\n" + String.join("\n", a.problems()));
        } else if (a.opened()) {
            outcome.set(messages.get("maint.settings.opened", a.status().reportedState()));
            undoOffered.set(false);
        } else {
            lastApplied = a;
            outcome.set(messages.get("maint.settings.notOpened", a.status().reportedState(),
                    a.status().detail() == null ? "" : a.status().detail()));
            undoOffered.set(true);
        }
    }

    /** 撤销: the override as it was before the change that did not open the device, and the device reopened so. */
    public void undo() {
        session.touched();
        DeviceChanges.Applied a = lastApplied;
        if (a == null || busy.get()) {
            return;
        }
        String actor = session.actor();
        busy.set(true);
        work.execute(() -> {
            String said;
            try {
                said = messages.get("maint.settings.undone", changes.undo(actor, a).reportedState());
            } catch (Exception e) {
                log.error("device {} change not undone: {}", a.before().id(), e.getMessage());
                said = messages.get("maint.settings.failed", e.getMessage());
            }
            String s = said;
            Platform.runLater(() -> {
                busy.set(false);
                lastApplied = null;
                undoOffered.set(false);
                outcome.set(s);
                edit(a.before().id());
                outcome.set(s);
            });
        });
    }

    public void back() {
        session.show(MaintenanceSession.DEVICES);
    }
}
