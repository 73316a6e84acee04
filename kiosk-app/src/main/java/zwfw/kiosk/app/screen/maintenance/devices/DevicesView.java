package zwfw.kiosk.app.screen.maintenance.devices;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.devicehealth.DeviceTest;

/** The devices page's controls: the list of devices on the left, the selected one's tests, paper roll and log on the right. */
public final class DevicesView {
    private final HBox root;
    private final VBox list = new VBox(10);
    private final FlowPane testButtons = new FlowPane(12, 12);
    private final DevicesViewModel model;
    private final Messages messages;

    public DevicesView(DevicesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        list.getStyleClass().add("maint-list");
        model.rows().addListener((ListChangeListener<DeviceDesk.Row>) c -> rebuild());
        model.selectedProperty().addListener((o, was, now) -> rebuild());
        model.tests().addListener((ListChangeListener<DeviceTest>) c -> tests());

        Label result = label("maint-test-result", "maint-result");
        result.textProperty().bind(model.resultProperty());
        Button settings = button("maint-edit-settings", "maint.devices.settings");
        settings.setOnAction(e -> model.editSettings());
        Button paper = button("maint-paper-reset", "maint.devices.paperReset");
        paper.setOnAction(e -> model.resetPaperRoll());
        model.selectedProperty().addListener((o, was, now) -> paper.setVisible(model.selectedHasPaperRoll()));
        paper.setVisible(model.selectedHasPaperRoll());
        paper.managedProperty().bind(paper.visibleProperty());
        Label logTitle = label("maint-log-title", "maint-heading");
        logTitle.textProperty().bind(model.text("maint.devices.log"));
        Label log = label("maint-log", "maint-log");
        log.textProperty().bind(model.logProperty());
        log.setWrapText(true);
        VBox detail = new VBox(16, new HBox(12, settings, paper), testButtons, result, logTitle, log);
        detail.getStyleClass().add("maint-detail");
        HBox.setHgrow(detail, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(880);
        scroll.getStyleClass().add("maint-scroll");
        root = new HBox(24, scroll, detail);
        root.setId("maint-devices");
        rebuild();
        tests();
    }

    public Node node() {
        return root;
    }

    private void rebuild() {
        list.getChildren().clear();
        for (DeviceDesk.Row r : model.rows()) {
            Label name = new Label(r.id() + " · " + r.kind() + " · " + r.driver());
            name.getStyleClass().add("maint-device-name");
            Label state = new Label(r.state() + (r.condition().isEmpty() ? "" : " · " + r.condition()));
            state.getStyleClass().add(r.state().equals("READY") || r.state().equals("BUSY") ? "maint-ok" : "maint-bad");
            state.setId("maint-state-" + r.id());
            var c = r.counts();
            Label counts = new Label(messages.get("maint.devices.counts", c.reads(), c.prints(), c.failures(), c.reconnects())
                    + (r.countsPaper() ? " · " + messages.get("maint.devices.roll", c.paperRoll()) : ""));
            counts.setId("maint-counts-" + r.id());
            Label error = new Label(r.lastError().isEmpty() ? "" : messages.get("maint.devices.lastError", r.lastError()));
            error.setWrapText(true);
            error.getStyleClass().add("maint-error");
            VBox row = new VBox(4, name, state, counts, error);
            row.setId("maint-device-" + r.id());
            row.getStyleClass().add(r.id().equals(model.selectedProperty().get()) ? "maint-row-selected" : "maint-row");
            row.setOnMouseClicked(e -> model.select(r.id()));
            list.getChildren().add(row);
        }
    }

    private void tests() {
        testButtons.getChildren().clear();
        for (DeviceTest t : model.tests()) {
            Button b = button(DevicesViewModel.buttonId(t), DevicesViewModel.messageKey(t));
            b.setOnAction(e -> model.run(t));
            b.disableProperty().bind(model.testRunningProperty());
            testButtons.getChildren().add(b);
        }
    }

    private Button button(String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("secondary-button");
        b.textProperty().bind(model.text(key));
        return b;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setAlignment(Pos.TOP_LEFT);
        return l;
    }
}
