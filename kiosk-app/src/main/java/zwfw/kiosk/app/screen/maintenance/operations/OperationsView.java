package zwfw.kiosk.app.screen.maintenance.operations;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The operations page's controls. The lock and status ids are the staff panel's of before (staff-lock, staff-unlock, staff-status). */
public final class OperationsView {
    private final VBox root;

    public OperationsView(OperationsViewModel model) {
        Label status = label("staff-status", "staff-status", model);
        status.textProperty().bind(model.statusProperty());
        Button lock = button("staff-lock", "primary-button", "staff.lock", model);
        lock.setOnAction(e -> model.lock());
        lock.visibleProperty().bind(model.staffLockedProperty().not());
        lock.managedProperty().bind(lock.visibleProperty());
        Button unlock = button("staff-unlock", "primary-button", "staff.unlock", model);
        unlock.setOnAction(e -> model.unlock());
        unlock.visibleProperty().bind(model.staffLockedProperty());
        unlock.managedProperty().bind(unlock.visibleProperty());
        Label result = label("staff-action-problem", "maint-result", model);
        result.textProperty().bind(model.resultProperty());

        Label outboxTitle = label("maint-outbox-title", "maint-heading", model);
        outboxTitle.textProperty().bind(model.text("maint.ops.outbox"));
        Label outbox = label("maint-outbox", "maint-log", model);
        outbox.textProperty().bind(model.outboxProperty());
        Button retry = button("maint-retry", "secondary-button", "maint.ops.retry", model);
        retry.setOnAction(e -> model.retryNow());
        Button sync = button("maint-catalog-sync", "secondary-button", "maint.ops.sync", model);
        sync.setOnAction(e -> model.syncCatalog());
        Button restart = button("maint-restart", "secondary-button", "maint.ops.restart", model);
        restart.setOnAction(e -> model.restart());
        Button diag = button("maint-diagnostics", "secondary-button", "maint.ops.diagnostics", model);
        diag.setOnAction(e -> model.exportDiagnostics());
        FlowPane actions = new FlowPane(16, 16, retry, sync, restart, diag);
        root = new VBox(20, status, new FlowPane(16, 16, lock, unlock), result, outboxTitle, outbox, actions);
        root.setId("maint-operations");
    }

    public Node node() {
        return root;
    }

    private static Button button(String id, String style, String key, OperationsViewModel model) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add(style);
        b.textProperty().bind(model.text(key));
        return b;
    }

    private static Label label(String id, String style, OperationsViewModel model) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }
}
