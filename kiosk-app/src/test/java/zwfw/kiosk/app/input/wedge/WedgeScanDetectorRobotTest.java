package zwfw.kiosk.app.input.wedge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detector on the real clock with TestFX's robot typing into the window at a person's pace. */
@ExtendWith(ApplicationExtension.class)
class WedgeScanDetectorRobotTest {
    private final List<String> scans = new CopyOnWriteArrayList<>();
    private final List<String> wideScans = new CopyOnWriteArrayList<>();
    private final List<Thread> wideThreads = new CopyOnWriteArrayList<>();
    private TextField field;
    private TextField wide;

    @Start
    void start(Stage stage) {
        field = new TextField();
        Scene scene = new Scene(new VBox(field), 400, 200);
        WedgeScanDetector.install(scene, WedgeSettings.defaults(), scans::add);
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
        // A second window whose detector allows 200 ms between keys: the robot at full speed is a
        // scanner there even on a loaded build machine.
        Stage other = new Stage();
        wide = new TextField();
        Scene wideScene = new Scene(new VBox(wide), 400, 200);
        // This one is the device the kiosk wires up: a CodeScanner built by the registry from settings.
        try {
            WedgeCodeScanner device = (WedgeCodeScanner) new zwfw.kiosk.drivers.device.DeviceRegistry()
                    .register(new WedgeScannerFactory()).create(new zwfw.kiosk.drivers.device.DeviceConfig("wedge",
                            zwfw.kiosk.drivers.device.DeviceKind.CODE_SCANNER, "keyboard-wedge", java.util.Map.of("maxGapMillis", 200)));
            device.addScanListener((s, scan) -> {
                wideThreads.add(Thread.currentThread());
                wideScans.add(scan.text());
            });
            device.open();
            device.enable();
            device.attach(wideScene);
        } catch (zwfw.kiosk.drivers.device.DeviceException e) {
            throw new IllegalStateException(e);
        }
        other.setScene(wideScene);
        other.show();
    }

    @Test
    void theRobotTypingAtFullSpeedWithEnterIsAScanOfTheWedgeDevice(FxRobot robot) {
        robot.clickOn(wide);
        robot.write("SA20261124000123", 0);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> wideScans.size() == 1);
        assertEquals(List.of("SA20261124000123"), wideScans);
        assertEquals("", wide.getText());
        org.junit.jupiter.api.Assertions.assertFalse(wideThreads.get(0).getName().contains("JavaFX"),
                "scan listeners run on the device's thread, not the JavaFX thread");
    }

    @Test
    void aPersonTypingThroughTheRobotReachesTheField(FxRobot robot) {
        robot.clickOn(field);
        robot.write("Hello 42", 120);
        await().atMost(Duration.ofSeconds(5)).until(() -> "Hello 42".equals(field.getText()));
        assertEquals(List.of(), scans);
    }
}
