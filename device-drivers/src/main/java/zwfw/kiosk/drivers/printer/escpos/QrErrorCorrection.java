package zwfw.kiosk.drivers.printer.escpos;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR error correction levels with their {@code GS ( k} byte (48–51) and ZXing's equivalent. */
public enum QrErrorCorrection {
    L(0x30, ErrorCorrectionLevel.L), M(0x31, ErrorCorrectionLevel.M), Q(0x32, ErrorCorrectionLevel.Q),
    H(0x33, ErrorCorrectionLevel.H);

    private final int code;
    private final ErrorCorrectionLevel zxing;

    QrErrorCorrection(int code, ErrorCorrectionLevel zxing) {
        this.code = code;
        this.zxing = zxing;
    }

    public int code() {
        return code;
    }

    public ErrorCorrectionLevel zxing() {
        return zxing;
    }

    public static QrErrorCorrection ofCode(int code) {
        for (QrErrorCorrection e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return M;
    }
}
