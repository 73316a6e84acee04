package zwfw.kiosk.app.screen.maintenance.settings;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.i18n.Messages;

/** The settings page's controls, one row per declared setting: a list to pick from, or a field; fixed ones disabled and named. */
public final class DeviceSettingsView {
    private final VBox root;
    private final GridPane grid = new GridPane();
    private final DeviceSettingsViewModel model;
    private final Messages messages;

    public DeviceSettingsView(DeviceSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label title = new Label();
        title.setId("maint-settings-title");
        title.getStyleClass().add("maint-heading");
        title.textProperty().bind(messages.compute(() -> messages.get("maint.settings.title", model.deviceIdProperty().get()),
                model.deviceIdProperty()));
        ComboBox<String> driver = new ComboBox<>(model.drivers());
        driver.setId("maint-driver");
        driver.valueProperty().bindBidirectional(model.driverProperty());
        Label driverLabel = new Label();
        driverLabel.textProperty().bind(model.text("maint.settings.driver"));
        grid.setHgap(16);
        grid.setVgap(10);
        grid.getStyleClass().add("maint-grid");
        model.fields().addListener((ListChangeListener<SettingField>) c -> rows());

        Button apply = button("maint-settings-apply", "primary-button", "maint.settings.apply");
        apply.setOnAction(e -> model.apply());
        apply.disableProperty().bind(model.busyProperty());
        Button undo = button("maint-settings-undo", "secondary-button", "maint.settings.undo");
        undo.setOnAction(e -> model.undo());
        undo.visibleProperty().bind(model.undoOfferedProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        Button back = button("maint-settings-back", "secondary-button", "maint.settings.back");
        back.setOnAction(e -> model.back());
        Label outcome = new Label();
        outcome.setId("maint-settings-outcome");
        outcome.getStyleClass().add("maint-result");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.outcomeProperty());

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(560);
        scroll.getStyleClass().add("maint-scroll");
        root = new VBox(16, title, new HBox(16, driverLabel, driver), scroll, outcome, new HBox(16, apply, undo, back));
        root.setId("maint-settings");
        rows();
    }

    public Node node() {
        return root;
    }

    private void rows() {
        grid.getChildren().clear();
        int row = 0;
        for (SettingField f : model.fields()) {
            Label name = new Label(f.name());
            name.getStyleClass().add("maint-setting-name");
            Node control;
            if (f.picked()) {
                ComboBox<String> box = new ComboBox<>(f.choices());
                box.valueProperty().bindBidirectional(f.valueProperty());
                box.setEditable(false);
                box.setPrefWidth(520);
                control = box;
            } else {
                TextInputControl field = f.secret() ? new PasswordField() : new TextField();
                field.textProperty().bindBidirectional(f.valueProperty());
                field.setPrefWidth(520);
                control = field;
            }
            control.setId("maint-setting-" + f.name());
            control.setDisable(f.fixedBy() != null);
            Label about = new Label(f.fixedBy() != null ? messages.get("maint.settings.fixed", f.fixedBy()) : f.description());
            about.setId("maint-about-" + f.name());
            about.getStyleClass().add(f.fixedBy() != null ? "maint-fixed" : "maint-about");
            about.setWrapText(true);
            about.setMaxWidth(760);
            grid.addRow(row++, name, control, about);
        }
    }

    private Button button(String id, String style, String key) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add(style);
        b.textProperty().bind(model.text(key));
        return b;
    }
}
