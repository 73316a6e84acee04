package zwfw.kiosk.drivers.device;

/** The kinds of device a terminal can have. Names match the platform heartbeat's {@code kind} values. */
public enum DeviceKind {
    ID_CARD_READER,
    CODE_SCANNER,
    RECEIPT_PRINTER,
    SMART_CARD_READER,
    DOCUMENT_CAMERA,
    /** An A4 printer for whole documents (PDF), over IPP. */
    DOCUMENT_PRINTER
}
