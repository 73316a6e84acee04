package zwfw.kiosk.app.screen.maintenance.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.devicehealth.DeviceCount;
import zwfw.kiosk.core.devicehealth.DeviceCounters;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * The devices page: every configured device with its state, condition, last error and counters,
 * and for the one selected its tests, its paper roll and the log lines about it. Everything is
 * read off the FX thread ({@link #refresh}, every two seconds while shown) and lands on it.
 */
public final class DevicesViewModel {
    private static final Logger log = LoggerFactory.getLogger(DevicesViewModel.class);

    /** One device as the page lists it (no personal data: states, counts, the driver's error text masked). */
    public record Row(String id, DeviceKind kind, String driver, String state, String condition, String lastError, DeviceCount counts) {
    }

    private final Messages messages;
    private final List<Device> devices;
    private final DeviceCounters counters;
    private final LogTail logTail;
    private final DeviceTests tests;
    private final MaintenanceSession session;
    private final Executor work;
    private final Consumer<String> editSettings;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<DeviceTest> selectedTests = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty logLines = new SimpleStringProperty("");
    private final BooleanProperty testRunning = new SimpleBooleanProperty(false);

    public DevicesViewModel(Messages messages, List<Device> devices, DeviceCounters counters, LogTail logTail, DeviceTests tests,
                            MaintenanceSession session, Executor work, Consumer<String> editSettings) {
        this.messages = messages;
        this.devices = List.copyOf(devices);
        this.counters = counters;
        this.logTail = logTail;
        this.tests = tests;
        this.session = session;
        this.work = work;
        this.editSettings = editSettings;
        if (!this.devices.isEmpty()) {
            select(this.devices.get(0).id());
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<DeviceTest> tests() {
        return selectedTests;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty logProperty() {
        return logLines;
    }

    public BooleanProperty testRunningProperty() {
        return testRunning;
    }

    public StringBinding text(String key) {
        return messages.text(key);
    }

    /** Whether the selected device counts paper (a receipt printer): the reset button shows. */
    public boolean selectedHasPaperRoll() {
        return device(selected.get()).map(d -> d.kind() == DeviceKind.RECEIPT_PRINTER).orElse(false);
    }

    public void select(String id) {
        session.touched();
        if (!id.equals(selected.get())) {
            result.set("");
        }
        selected.set(id);
        selectedTests.setAll(device(id).map(DeviceTest::of).orElse(List.of()));
        refresh();
    }

    /** Reads states, counters and the log tail off the FX thread; the page shows them when they land. */
    public void refresh() {
        String id = selected.get();
        work.execute(() -> {
            List<Row> now = new ArrayList<>();
            for (Device d : devices) {
                DeviceStatus s = d.status();
                DeviceCount c = counters.snapshot(d.id());
                now.add(new Row(d.id(), d.kind(), d.driver(), s.reportedState(), s.condition() == null ? "" : s.condition(),
                        c.lastError(), c));
            }
            String tail = String.join("\n", logTail.linesAbout(id));
            Platform.runLater(() -> {
                rows.setAll(now);
                logLines.set(tail);
            });
        });
    }

    /** Runs a test of the selected device off the FX thread; the session does not time out meanwhile. */
    public void run(DeviceTest test) {
        session.touched();
        Device d = device(selected.get()).orElse(null);
        if (d == null || testRunning.get()) {
            return;
        }
        testRunning.set(true);
        session.testStarted();
        result.set(messages.get("maint.test.running", messages.get(test.messageKey())));
        work.execute(() -> {
            String outcome;
            try {
                outcome = tests.run(test, d);
            } catch (Exception e) {
                log.warn("device {} test {} failed: {}", d.id(), test, e.getMessage());
                outcome = "failed: " + zwfw.kiosk.core.privacy.PersonalDataMasker.mask(String.valueOf(e.getMessage()));
            }
            String said = outcome;
            Platform.runLater(() -> {
                result.set(said);
                testRunning.set(false);
                session.record(AuditAction.TEST, d.id() + " " + test.name().toLowerCase(java.util.Locale.ROOT) + ": " + said);
                session.testEnded();
                refresh();
            });
        });
    }

    /** A new paper roll is in the selected printer. */
    public void resetPaperRoll() {
        session.touched();
        String id = selected.get();
        work.execute(() -> {
            long before = counters.snapshot(id).paperRoll();
            counters.resetPaperRoll(id);
            Platform.runLater(() -> {
                session.record(AuditAction.SETTING_CHANGED, "devices." + id + ".paperRoll: " + before + " → 0");
                refresh();
            });
        });
    }

    public void editSettings() {
        session.touched();
        editSettings.accept(selected.get());
    }

    private java.util.Optional<Device> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
