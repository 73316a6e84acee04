package zwfw.kiosk.drivers.scanner;

/** Hears codes a scanner read. Called on the scanner's event thread. */
@FunctionalInterface
public interface ScanListener {

    void scanned(CodeScanner scanner, Scan scan);
}
