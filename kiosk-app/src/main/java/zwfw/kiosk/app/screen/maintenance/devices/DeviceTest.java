package zwfw.kiosk.app.screen.maintenance.devices;

import java.util.ArrayList;
import java.util.List;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.scanner.CodeScanner;

/** The tests a technician can run on a device from the maintenance screen; each has a button. */
public enum DeviceTest {
    READ_CARD("maint.test.readCard"),
    WAIT_SCAN("maint.test.scan"),
    PRINT_TEST_PAGE("maint.test.printTestPage"),
    PRINTER_STATUS("maint.test.printerStatus"),
    CAPTURE_PAGE("maint.test.capture"),
    A4_STATUS("maint.test.a4Status"),
    A4_TEST_PAGE("maint.test.a4TestPage");

    private final String messageKey;

    DeviceTest(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The button's id on the screen: {@code maint-test-print-test-page}. */
    public String buttonId() {
        return "maint-test-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The tests {@code device} offers, by what it is. */
    public static List<DeviceTest> of(Device device) {
        List<DeviceTest> tests = new ArrayList<>();
        if (device instanceof IdCardReader) {
            tests.add(READ_CARD);
        }
        if (device instanceof CodeScanner) {
            tests.add(WAIT_SCAN);
        }
        if (device instanceof ReceiptPrinter) {
            tests.add(PRINT_TEST_PAGE);
            tests.add(PRINTER_STATUS);
        }
        if (device instanceof DocumentCamera) {
            tests.add(CAPTURE_PAGE);
        }
        if (device instanceof DocumentPrinter) {
            tests.add(A4_STATUS);
            tests.add(A4_TEST_PAGE);
        }
        return tests;
    }
}
