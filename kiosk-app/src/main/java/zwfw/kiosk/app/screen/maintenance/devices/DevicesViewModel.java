package zwfw.kiosk.app.screen.maintenance.devices;

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
import zwfw.kiosk.core.devicehealth.DeviceTest;

/**
 * The devices page: every configured device with its state, condition, last error and counters,
 * and for the one selected its tests, its paper roll and the log lines about it. Everything is
 * read off the FX thread ({@link #refresh}, every two seconds while shown) and lands on it.
 */
public final class DevicesViewModel {
    private static final Logger log = LoggerFactory.getLogger(DevicesViewModel.class);

    private final Messages messages;
    private final DeviceDesk desk;
    private final MaintenanceSession session;
    private final Executor work;
    private final Consumer<String> editSettings;
    private final ObservableList<DeviceDesk.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<DeviceTest> selectedTests = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty logLines = new SimpleStringProperty("");
    private final BooleanProperty testRunning = new SimpleBooleanProperty(false);

    public DevicesViewModel(Messages messages, DeviceDesk desk, MaintenanceSession session, Executor work, Consumer<String> editSettings) {
        this.messages = messages;
        this.desk = desk;
        this.session = session;
        this.work = work;
        this.editSettings = editSettings;
        if (!desk.ids().isEmpty()) {
            select(desk.ids().get(0));
        }
    }

    /** The test's button on the screen: {@code maint-test-print-test-page}. */
    public static String buttonId(DeviceTest test) {
        return "maint-test-" + test.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String messageKey(DeviceTest test) {
        return "maint.test." + test.key();
    }

    public ObservableList<DeviceDesk.Row> rows() {
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
        return desk.countsPaper(selected.get());
    }

    public void select(String id) {
        session.touched();
        if (!id.equals(selected.get())) {
            result.set("");
        }
        selected.set(id);
        selectedTests.setAll(desk.tests(id));
        refresh();
    }

    /** Reads states, counters and the log tail off the FX thread; the page shows them when they land. */
    public void refresh() {
        String id = selected.get();
        work.execute(() -> {
            List<DeviceDesk.Row> now = desk.rows();
            String tail = String.join("\n", desk.log(id));
            Platform.runLater(() -> {
                rows.setAll(now);
                logLines.set(tail);
            });
        });
    }

    /** Runs a test of the selected device off the FX thread; the session does not time out meanwhile. */
    public void run(DeviceTest test) {
        session.touched();
        String id = selected.get();
        if (id.isEmpty() || testRunning.get()) {
            return;
        }
        testRunning.set(true);
        session.testStarted();
        result.set(messages.get("maint.test.running", messages.get(messageKey(test))));
        work.execute(() -> {
            String outcome;
            try {
                outcome = desk.run(id, test);
            } catch (Exception e) {
                log.warn("device {} test {} failed: {}", id, test, e.getMessage());
                outcome = "failed: " + zwfw.kiosk.core.privacy.PersonalDataMasker.mask(String.valueOf(e.getMessage()));
            }
            String said = outcome;
            Platform.runLater(() -> {
                result.set(said);
                testRunning.set(false);
                session.record(AuditAction.TEST, id + " " + test.key() + ": " + said);
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
            long before = desk.resetPaperRoll(id);
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
}
