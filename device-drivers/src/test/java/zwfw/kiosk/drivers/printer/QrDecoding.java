package zwfw.kiosk.drivers.printer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads QR codes back off a printed image with ZXing, as a phone would. */
public final class QrDecoding {

    private QrDecoding() {
    }

    public static List<String> decodeAll(BufferedImage image) {
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"));
            List<String> out = new ArrayList<>();
            for (Result r : results) {
                out.add(r.getText());
            }
            return out;
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
