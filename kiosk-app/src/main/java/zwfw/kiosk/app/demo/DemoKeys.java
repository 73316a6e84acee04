package zwfw.kiosk.app.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.drivers.camera.simulated.SimulatedDocumentCamera;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedCodeScanner;
import zwfw.platform.sim.PlatformSimulator;

/**
 * The demo's simulator keys, active only for simulated devices: F1 puts the sample ID card on the
 * reader (again: lifts it), F2 shows the scanner a fresh login QR code of the embedded platform,
 * F3 takes the printer's paper out (again: puts it back), F4 shows the last printed receipt image
 * (again: hides it), F5 unplugs the document camera (again: plugs it back in), F6 unplugs the ID
 * card reader, which takes the kiosk out of service (again: plugs it back in), F7 shows the scanner
 * the QR code of the last printed receipt (its case's progress).
 */
public final class DemoKeys {
    private static final Logger log = LoggerFactory.getLogger(DemoKeys.class);
    private final KioskAssembly assembly;
    private final StackPane receipt = new StackPane();
    private final ImageView receiptImage = new ImageView();

    public DemoKeys(KioskAssembly assembly) {
        this.assembly = assembly;
        receipt.setId("demo-receipt");
        receipt.getStyleClass().add("demo-receipt");
        receipt.getChildren().add(receiptImage);
        receipt.setAlignment(Pos.CENTER_RIGHT);
        receipt.setVisible(false);
        receipt.setMouseTransparent(true);
        receiptImage.setPreserveRatio(true);
        receiptImage.setFitHeight(1000);
    }

    /** Whether any configured device is simulated (else the keys do nothing and are not installed). */
    public boolean applies() {
        return assembly.device(SimulatedIdCardReader.class).isPresent() || assembly.device(SimulatedCodeScanner.class).isPresent()
                || assembly.device(SimulatedPrinter.class).isPresent() || assembly.device(SimulatedDocumentCamera.class).isPresent();
    }

    /** The printed-receipt panel, to lay over the screens. */
    public Node receiptPanel() {
        return receipt;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean used = switch (e.getCode()) {
                case F1 -> toggleCard();
                case F2 -> scanLoginCode();
                case F3 -> togglePaper();
                case F4 -> toggleReceipt();
                case F5 -> toggleCamera();
                case F6 -> toggleReaderCable();
                case F7 -> scanLastReceipt();
                default -> false;
            };
            if (used) {
                e.consume();
            }
        });
    }

    private boolean toggleCard() {
        Optional<SimulatedIdCardReader> r = assembly.device(SimulatedIdCardReader.class);
        r.ifPresent(reader -> {
            if (reader.hasCard()) {
                reader.remove();
            } else {
                reader.place(SampleCards.resident());
            }
        });
        return r.isPresent();
    }

    private boolean scanLoginCode() {
        Optional<SimulatedCodeScanner> s = assembly.device(SimulatedCodeScanner.class);
        Optional<PlatformSimulator> p = assembly.embeddedPlatform();
        if (s.isEmpty() || p.isEmpty()) {
            return false;
        }
        Thread t = new Thread(() -> {
            PlatformSimulator.IssuedToken token = p.get().issueQrToken("李四", "RESIDENT_ID", "330304195808170047", "13900139000");
            s.get().simulateScan(token.qrText());
        }, "demo-login-code");
        t.setDaemon(true);
        t.start();
        return true;
    }

    /** The last receipt held to the scanner: its QR code, as the simulated printer printed it. */
    private boolean scanLastReceipt() {
        Optional<SimulatedCodeScanner> s = assembly.device(SimulatedCodeScanner.class);
        Optional<String> code = assembly.device(SimulatedPrinter.class).flatMap(SimulatedPrinter::lastPrintout)
                .flatMap(p -> p.qrCodes().stream().reduce((first, last) -> last)).map(q -> q.content());
        if (s.isEmpty() || code.isEmpty()) {
            return false;
        }
        Thread t = new Thread(() -> s.get().simulateScan(code.get()), "demo-receipt-scan");
        t.setDaemon(true);
        t.start();
        return true;
    }

    private boolean togglePaper() {
        Optional<SimulatedPrinter> p = assembly.device(SimulatedPrinter.class);
        p.ifPresent(printer -> {
            // Asking the printer is a device call: never on the FX thread, even for the simulated one.
            Thread t = new Thread(() -> {
                boolean out = printer.queryStatus().paper() == PrinterStatus.Paper.OUT;
                printer.setPaper(out ? PrinterStatus.Paper.OK : PrinterStatus.Paper.OUT);
                log.info("demo: printer paper {}", out ? "in" : "out");
            }, "demo-printer-paper");
            t.setDaemon(true);
            t.start();
        });
        return p.isPresent();
    }

    private boolean toggleReceipt() {
        if (receipt.isVisible()) {
            receipt.setVisible(false);
            return true;
        }
        Optional<Path> file = assembly.device(SimulatedPrinter.class).flatMap(SimulatedPrinter::lastImageFile)
                .filter(Files::isRegularFile);
        file.ifPresent(f -> {
            receiptImage.setImage(new Image(f.toUri().toString()));
            Platform.runLater(() -> receipt.setVisible(true));
        });
        return file.isPresent();
    }

    private boolean toggleCamera() {
        Optional<SimulatedDocumentCamera> c = assembly.device(SimulatedDocumentCamera.class);
        c.ifPresent(camera -> {
            camera.setConnected(!camera.isConnected());
            log.info("demo: document camera {}", camera.isConnected() ? "plugged in" : "unplugged");
        });
        return c.isPresent();
    }

    private boolean toggleReaderCable() {
        Optional<SimulatedIdCardReader> r = assembly.device(SimulatedIdCardReader.class);
        r.ifPresent(reader -> {
            if (reader.isUnplugged()) {
                reader.plugBack();
            } else {
                reader.unplug();
            }
            log.info("demo: ID card reader {}", reader.isUnplugged() ? "unplugged" : "plugged in");
        });
        return r.isPresent();
    }
}
