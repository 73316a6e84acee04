package zwfw.kiosk.drivers.scanner.serial;

/** What ends a code on the wire. {@link #NONE}: nothing; a pause between bytes ends it. */
public enum Suffix {
    CR, LF, CRLF, NONE
}
