package zwfw.kiosk.app.screen.maintenance;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.access.StaffRole;

/**
 * The staff session's window, laid over everything and taking every touch: the PIN pad, then the
 * member's pages with a bar to switch between them and 退出. One clock ticks the idle exit, the
 * PIN lockout and the refresh of the page shown.
 */
public final class MaintenanceView {
    private final StackPane overlay = new StackPane();
    private final StackPane adminHolder = new StackPane();
    private final Timeline clock;
    private int ticks;

    /** The pages' nodes and what refreshes them. */
    public record Pages(Node pin, Node devices, Runnable devicesRefresh, Node settings, Node operations, Runnable operationsRefresh,
                        Runnable pinTick) {
    }

    public MaintenanceView(MaintenanceSession session, Messages messages, StaffPages staffPages, Pages pages) {
        Label title = new Label();
        title.setId("staff-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(messages.compute(() -> session.memberProperty().get() == null ? messages.get("staff.title")
                : messages.get("maint.title", session.memberProperty().get().displayName()), session.memberProperty()));
        Button devices = tab("maint-tab-devices", "maint.tab.devices", messages, () -> session.show(MaintenanceSession.DEVICES));
        Button operations = tab("maint-tab-operations", "maint.tab.operations", messages, () -> session.show(MaintenanceSession.OPERATIONS));
        for (Button b : new Button[] {devices, operations}) {
            b.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> session.memberProperty().get() != null
                    && session.memberProperty().get().role() == StaffRole.MAINTENANCE, session.memberProperty()));
            b.managedProperty().bind(b.visibleProperty());
        }
        Button exit = new Button();
        exit.setId("staff-close");
        exit.getStyleClass().add("secondary-button");
        exit.textProperty().bind(messages.text("maint.exit"));
        exit.setOnAction(e -> session.leave("left"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, title, gap, devices, operations, exit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("maint-bar");

        Label adminMissing = new Label();
        adminMissing.textProperty().bind(messages.text("maint.admin.missing"));
        adminMissing.getStyleClass().add("staff-status");
        VBox pinBox = new VBox(pages.pin());
        pinBox.setAlignment(Pos.CENTER);
        StackPane content = new StackPane(pinBox, pages.devices(), pages.settings(), pages.operations(), adminHolder);
        show(pinBox, session, MaintenanceSession.PIN);
        show(pages.devices(), session, MaintenanceSession.DEVICES);
        show(pages.settings(), session, MaintenanceSession.SETTINGS);
        show(pages.operations(), session, MaintenanceSession.OPERATIONS);
        show(adminHolder, session, MaintenanceSession.ADMIN);
        session.pageProperty().addListener((o, was, now) -> {
            if (MaintenanceSession.DEVICES.equals(now)) {
                pages.devicesRefresh().run();
            } else if (MaintenanceSession.OPERATIONS.equals(now)) {
                pages.operationsRefresh().run();
            } else if (MaintenanceSession.ADMIN.equals(now) && session.memberProperty().get() != null) {
                adminHolder.getChildren().setAll(staffPages.pageFor(session.memberProperty().get()).orElse(adminMissing));
            }
        });
        BorderPane desk = new BorderPane(content);
        desk.setTop(bar);
        desk.getStyleClass().add("maint-desk");
        overlay.getChildren().add(desk);
        overlay.setId("staff-panel");
        overlay.getStyleClass().add("maint-overlay");
        overlay.visibleProperty().bind(session.openProperty());
        // Touches stay here (nothing underneath starts), and each keeps the session alive.
        overlay.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> session.touched());
        overlay.setOnMouseClicked(javafx.event.Event::consume);
        overlay.setOnMousePressed(javafx.event.Event::consume);

        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            session.secondPassed();
            pages.pinTick().run();
            if (session.openProperty().get() && ++ticks % 2 == 0) {
                if (MaintenanceSession.DEVICES.equals(session.pageProperty().get())) {
                    pages.devicesRefresh().run();
                } else if (MaintenanceSession.OPERATIONS.equals(session.pageProperty().get())) {
                    pages.operationsRefresh().run();
                }
            }
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    private static void show(Node page, MaintenanceSession session, String name) {
        page.visibleProperty().bind(session.pageProperty().isEqualTo(name));
    }

    private static Button tab(String id, String key, Messages messages, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("secondary-button");
        b.textProperty().bind(messages.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node node() {
        return overlay;
    }

    /** Stops the clock: a running animation is held by JavaFX's timer, and with it this whole window. */
    public void stop() {
        clock.stop();
    }
}
