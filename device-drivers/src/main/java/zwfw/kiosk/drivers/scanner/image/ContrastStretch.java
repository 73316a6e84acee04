package zwfw.kiosk.drivers.scanner.image;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;

/**
 * Pulls the darkest and lightest 1 % of a frame to black and white: a faded print or a dim camera
 * frame gets the full range back before binarisation. The result is a Y plane, so ZXing can still
 * crop it (the multi-code reader does).
 */
final class ContrastStretch {

    private ContrastStretch() {
    }

    static LuminanceSource apply(LuminanceSource source) {
        byte[] in = source.getMatrix();
        int[] histogram = new int[256];
        for (byte b : in) {
            histogram[b & 0xFF]++;
        }
        int cut = in.length / 100; // the extreme 1 % on each side is noise and specks
        int low = 0;
        int sum = histogram[0];
        while (low < 255 && sum <= cut) {
            sum += histogram[++low];
        }
        int high = 255;
        sum = histogram[255];
        while (high > 0 && sum <= cut) {
            sum += histogram[--high];
        }
        int range = Math.max(1, high - low);
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            int v = ((in[i] & 0xFF) - low) * 255 / range;
            out[i] = (byte) Math.max(0, Math.min(255, v));
        }
        int w = source.getWidth();
        int h = source.getHeight();
        return new PlanarYUVLuminanceSource(out, w, h, 0, 0, w, h, false);
    }
}
