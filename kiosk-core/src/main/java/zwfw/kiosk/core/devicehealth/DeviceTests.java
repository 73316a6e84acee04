package zwfw.kiosk.core.devicehealth;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import zwfw.kiosk.core.privacy.PersonalDataMasker;
import zwfw.kiosk.core.receipt.PersonalDataMask;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.core.scan.ScanClassifier;
import zwfw.kiosk.core.scan.ScanMeaning;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.docprinter.A4TestPage;
import zwfw.kiosk.drivers.docprinter.DocumentJob;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.scanner.CodeScanner;
import zwfw.kiosk.drivers.scanner.ScanListener;

/**
 * Runs one {@link DeviceTest} on a device and says what came of it in one line for the screen
 * and the audit log: personal data masked (a card's name and ID number), pictures and cards wiped
 * once described. Blocking (waits up to {@link #WAIT} for a card or a scan): never on the FX thread.
 */
public final class DeviceTests {
    /** How long a test waits for a card to be put on the reader or a code to be scanned. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final String kioskId;

    public DeviceTests(String kioskId) {
        this.kioskId = kioskId;
    }

    public String run(DeviceTest test, Device device) throws Exception {
        return switch (test) {
            case READ_CARD -> readCard((IdCardReader) device);
            case WAIT_SCAN -> scan((CodeScanner) device);
            case PRINT_TEST_PAGE -> {
                ReceiptPrinter p = (ReceiptPrinter) device;
                PrintResult r = p.print(ReceiptDocuments.testPage(p.profile().name(), kioskId));
                yield r.isPrinted() ? "printed (" + r.bytesSent() + " bytes), " + r.after()
                        : "not printed: " + r.refusalReason().map(Object::toString).orElse("?") + ", " + r.after();
            }
            case PRINTER_STATUS -> String.valueOf(((ReceiptPrinter) device).queryStatus());
            case CAPTURE_PAGE -> {
                CapturedImage image = ((DocumentCamera) device).capture();
                try {
                    yield "captured " + image.width() + "×" + image.height() + " px, " + image.data().length / 1024 + " KiB "
                            + image.contentType();
                } finally {
                    image.wipe();
                }
            }
            case A4_STATUS -> String.valueOf(((DocumentPrinter) device).queryStatus());
            case A4_TEST_PAGE -> {
                DocumentPrinter p = (DocumentPrinter) device;
                DocumentJob job = p.print(A4TestPage.render(1, p.id(), "maintenance"), 1, "a4-test-page");
                yield job.await(Duration.ofSeconds(60)).map(r -> r.summary()).orElse("sent; the printer has not finished within 60 s");
            }
        };
    }

    private static String readCard(IdCardReader reader) throws Exception {
        CompletableFuture<String> read = new CompletableFuture<>();
        IdCardListener l = new IdCardListener() {
            @Override
            public void cardArrived(IdCardReader r, IdCard card) {
                read.complete("card read: " + PersonalDataMask.name(card.name()) + " " + PersonalDataMask.idNumber(card.idNumber()));
            }

            @Override
            public void readFailed(IdCardReader r, zwfw.kiosk.drivers.device.DeviceError error) {
                read.complete("card not read: " + PersonalDataMasker.mask(error.code() + " " + error.message()));
            }
        };
        reader.addCardListener(l);
        try {
            return read.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return "no card within " + WAIT.toSeconds() + " s";
        } finally {
            reader.removeCardListener(l);
        }
    }

    private static String scan(CodeScanner scanner) throws Exception {
        CompletableFuture<String> scanned = new CompletableFuture<>();
        ScanListener l = (s, scan) -> {
            ScanMeaning m = new ScanClassifier().classify(scan.text());
            // What it means, never the code itself: a login token or an ID number must not be shown or audited.
            scanned.complete("scanned " + m.kind() + (m.caseNo() != null ? " " + m.caseNo() : "") + " (" + scan.text().length() + " characters)");
        };
        scanner.addScanListener(l);
        try {
            return scanned.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return "no code within " + WAIT.toSeconds() + " s";
        } finally {
            scanner.removeScanListener(l);
        }
    }
}
