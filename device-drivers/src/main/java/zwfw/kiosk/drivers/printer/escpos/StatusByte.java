package zwfw.kiosk.drivers.printer.escpos;

/**
 * Reads the one-byte answers to {@code DLE EOT n}. A valid answer has the bit pattern
 * {@code 0xx1xx10} (bits 1 and 4 set, bits 0 and 7 clear); anything else is line noise or part
 * of an automatic status frame and is not an answer.
 */
public final class StatusByte {

    private StatusByte() {
    }

    public static boolean isAnswer(int b) {
        return (b & 0x93) == 0x12;
    }

    /** The first byte of a 4-byte automatic status back frame ({@code GS a}): {@code 0xx1xx00}. */
    public static boolean isAutoStatusHeader(int b) {
        return (b & 0x93) == 0x10;
    }

    /** n = 1: the printer says it is offline. */
    public static boolean offline(int printer) {
        return (printer & 0x08) != 0;
    }

    /** n = 2, bit 2. */
    public static boolean coverOpen(int offlineCause) {
        return (offlineCause & 0x04) != 0;
    }

    /** n = 2, bit 5: printing stopped because the paper ran out. */
    public static boolean stoppedForPaperEnd(int offlineCause) {
        return (offlineCause & 0x20) != 0;
    }

    /** n = 2, bit 6. */
    public static boolean errorOccurred(int offlineCause) {
        return (offlineCause & 0x40) != 0;
    }

    /** n = 3: cutter, unrecoverable or auto-recoverable error. */
    public static boolean anyError(int errorCause) {
        return (errorCause & 0x68) != 0;
    }

    /** n = 4, bits 2 and 3. */
    public static boolean paperNearEnd(int paper) {
        return (paper & 0x0C) != 0;
    }

    /** n = 4, bits 5 and 6. */
    public static boolean paperOut(int paper) {
        return (paper & 0x60) != 0;
    }

    /** Composes answers (the emulator's side). */
    public static int answer(int bits) {
        return 0x12 | (bits & 0x6C);
    }
}
