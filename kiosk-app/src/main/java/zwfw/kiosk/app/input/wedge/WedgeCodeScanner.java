package zwfw.kiosk.app.input.wedge;

import java.util.Map;
import javafx.scene.Scene;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.scanner.AbstractCodeScanner;
import zwfw.kiosk.drivers.scanner.Scan;

/**
 * A keyboard-wedge scanner as a {@link CodeScanner} ({@code driver: keyboard-wedge}), so the rest of
 * the kiosk hears HID scanners exactly like serial ones: {@link #attach(Scene)} puts a
 * {@link WedgeScanDetector} on the kiosk's scene, and each detected burst becomes a {@link Scan}
 * delivered to scan listeners on the device's event thread (not the JavaFX thread) while enabled.
 */
public final class WedgeCodeScanner extends AbstractCodeScanner {
    public static final String DRIVER = "keyboard-wedge";

    private final WedgeSettings settings;
    private Scene scene;
    private WedgeScanDetector detector;

    public WedgeCodeScanner(String id, WedgeSettings settings) {
        super(id, DRIVER);
        this.settings = settings;
    }

    /** Starts watching the keys of {@code scene} (call on the JavaFX thread); replaces an earlier scene. */
    public void attach(Scene newScene) {
        detach();
        scene = newScene;
        detector = WedgeScanDetector.install(newScene, settings, this::burst);
    }

    /** Stops watching keys (call on the JavaFX thread). */
    public void detach() {
        if (scene != null && detector != null) {
            detector.uninstall(scene);
        }
        scene = null;
        detector = null;
    }

    private void burst(String text) {
        deliver(Scan.of(text)); // stamped by the device layer, as every scanner's (the time is never shown or sent)
    }

    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        return new HealthReport(s.state().isUsable(), s, scene == null ? "not attached to a window" : "watching the keyboard",
                Map.of("maxGapMillis", Long.toString(settings.maxGap().toMillis()), "minLength", Integer.toString(settings.minLength())));
    }
}
