package zwfw.kiosk.drivers.printer.escpos;

/** The ESC/POS command bytes this driver uses, named once (see docs/receipt-printing.md for the table). */
public final class EscPosCommands {
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    /** {@code GS ( k} function numbers (the byte after {@code cn = 49}). */
    public static final int QR_MODEL = 0x41;
    public static final int QR_MODULE_SIZE = 0x43;
    public static final int QR_ERROR_CORRECTION = 0x45;
    public static final int QR_STORE = 0x50;
    public static final int QR_PRINT = 0x51;
    /** {@code m = 50}: QR model 2. */
    public static final int QR_MODEL_2 = 0x32;

    /** DLE EOT n: 1 printer, 2 offline cause, 3 error cause, 4 paper sensor. */
    public static final int STATUS_PRINTER = 1;
    public static final int STATUS_OFFLINE_CAUSE = 2;
    public static final int STATUS_ERROR_CAUSE = 3;
    public static final int STATUS_PAPER = 4;

    /** Most rows sent in one {@code GS v 0} command; bigger images go in several bands. */
    public static final int RASTER_BAND_ROWS = 128;

    private EscPosCommands() {
    }

    public static byte[] statusQuery(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }
}
