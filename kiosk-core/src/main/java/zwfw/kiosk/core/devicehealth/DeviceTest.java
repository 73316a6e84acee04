package zwfw.kiosk.core.devicehealth;

import java.util.ArrayList;
import java.util.List;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.scanner.CodeScanner;

/** The tests a technician can run on a device (the maintenance screen has a button for each). */
public enum DeviceTest {
    READ_CARD("readCard"),
    WAIT_SCAN("scan"),
    PRINT_TEST_PAGE("printTestPage"),
    PRINTER_STATUS("printerStatus"),
    CAPTURE_PAGE("capture"),
    A4_STATUS("a4Status"),
    A4_TEST_PAGE("a4TestPage");

    private final String key;

    DeviceTest(String key) {
        this.key = key;
    }

    /** A short stable name ({@code printTestPage}) for messages and audit entries. */
    public String key() {
        return key;
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
